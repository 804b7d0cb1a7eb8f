using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Tests.Hosting;

public class WebRootLocatorTests
{
    [Test]
    public void From_inside_a_source_checkout_the_top_level_wwwroot_is_found()
    {
        var root = WebRootLocator.Locate(TestContext.CurrentContext.TestDirectory);

        Assert.That(Path.IsPathRooted(root), Is.True);
        Assert.That(File.Exists(Path.Combine(root, "css", "site.css")), Is.True);
        Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(root)!, "SearchPortal.sln")), Is.True);
    }

    [Test]
    public void Outside_a_checkout_the_content_roots_wwwroot_is_used()
    {
        Assert.That(WebRootLocator.Locate(Path.GetTempPath()), Is.EqualTo("wwwroot"));
    }
}
