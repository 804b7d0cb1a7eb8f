using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Tests;

/// <summary>The portal talks to the engine through its contract only: its assembly references no Lucene assembly.</summary>
public sealed class EngineDependencyTests
{
    [Test]
    public void The_portal_references_no_Lucene_assembly()
    {
        var referenced = typeof(SearchPortalServices).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(referenced, Has.None.StartsWith("Lucene"));
        Assert.That(referenced, Does.Contain("SearchPortal.Search"));
    }
}
