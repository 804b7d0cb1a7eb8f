using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Hosting;

public class LaunchSettingsTests
{
    // dotnet run applies a launch profile whatever the configuration, so a profile setting Development would make
    // `dotnet run -c Release` run as Development too.
    [Test]
    public void No_launch_profile_sets_the_environment()
    {
        var file = Path.Combine(RepositoryRoot.Path, "src", "SearchPortal.Web", "Properties", "launchSettings.json");
        var profiles = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("profiles").EnumerateObject().ToList();

        Assert.That(profiles, Is.Not.Empty);
        foreach (var profile in profiles)
        {
            var variables = profile.Value.TryGetProperty("environmentVariables", out var set) ? set.EnumerateObject().Select(v => v.Name) : [];
            Assert.That(variables, Has.None.EqualTo("ASPNETCORE_ENVIRONMENT").And.None.EqualTo("DOTNET_ENVIRONMENT"), profile.Name);
        }
    }
}
