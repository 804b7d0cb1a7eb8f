using SearchPortal.Indexer;

namespace SearchPortal.Indexer.Tests;

/// <summary>The CLI talks to the engine through its contract only: its assembly references no Lucene assembly.</summary>
public sealed class EngineDependencyTests
{
    [Test]
    public void The_command_line_references_no_Lucene_assembly()
    {
        var referenced = typeof(ExitCodes).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(referenced, Has.None.StartsWith("Lucene"));
        Assert.That(referenced, Does.Contain("SearchPortal.Search"));
    }
}
