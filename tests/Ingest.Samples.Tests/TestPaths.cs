namespace Ingest.Samples.Tests;

/// <summary>Where the staged plugins, the host and the repository are, seen from the test output.</summary>
internal static class TestPaths
{
    public static string StagedPlugin(string name) => Path.Combine(AppContext.BaseDirectory, "plugins", name);

    public static string HostAssembly => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host-path.txt")).Trim();

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Ingest.sln not found above the test output.");
        }
    }
}
