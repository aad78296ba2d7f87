namespace Ingest.Samples.Tests;

/// <summary>A plugins folder under the temp directory, filled with copies of staged plugins; deleted on dispose.</summary>
internal sealed class TemporaryPluginsFolder : IDisposable
{
    public TemporaryPluginsFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ingest-plugins-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Copies the staged plugin <paramref name="name"/> into its own subfolder, leaving out <paramref name="exclude"/>.</summary>
    public string Add(string name, string? folderName = null, params string[] exclude)
    {
        var target = System.IO.Path.Combine(Path, folderName ?? name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(TestPaths.StagedPlugin(name)))
        {
            var fileName = System.IO.Path.GetFileName(file);
            if (!exclude.Contains(fileName, StringComparer.OrdinalIgnoreCase))
            {
                File.Copy(file, System.IO.Path.Combine(target, fileName));
            }
        }

        return target;
    }

    /// <summary>Copies one file into a subfolder of its own.</summary>
    public void AddFile(string file, string folderName)
    {
        var target = System.IO.Path.Combine(Path, folderName);
        Directory.CreateDirectory(target);
        File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A loaded (non-collectible) plugin may keep its files open on some platforms; the temp folder is left behind.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
