namespace SearchPortal.Web.Hosting;

/// <summary>Finds the static files: the repository's top-level wwwroot when run from source, else the content root's wwwroot (published app).</summary>
public static class WebRootLocator
{
    private const string SolutionFile = "SearchPortal.sln";
    private const string WebRootFolder = "wwwroot";

    /// <summary>The absolute web root when a source checkout encloses <paramref name="startDirectory"/>; otherwise "wwwroot", read against the content root.</summary>
    public static string Locate(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, WebRootFolder);
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return WebRootFolder;
    }
}
