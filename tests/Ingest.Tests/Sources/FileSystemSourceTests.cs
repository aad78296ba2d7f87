namespace Ingest.Tests.Sources;

public sealed class FileSystemSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingest-fs-").FullName;

    public FileSystemSourceTests()
    {
        foreach (var path in new[] { "a.txt", "b.pdf", "sub/c.txt", "sub/deeper/d.txt", "sub/e.html" })
        {
            var full = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, path);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<List<string>> ListAsync(string location)
    {
        var names = new List<string>();
        await foreach (var document in new FileSystemSource(location).GetDocumentsAsync())
        {
            names.Add(Path.GetRelativePath(_root, ((FileSourceDocument)document).Path).Replace('\\', '/'));
        }

        return names;
    }

    [Fact]
    public async Task A_directory_yields_every_file_below_it_in_order()
        => Assert.Equal(["a.txt", "b.pdf", "sub/c.txt", "sub/e.html", "sub/deeper/d.txt"], await ListAsync(_root));

    [Fact]
    public async Task A_glob_matches_names_in_one_directory()
        => Assert.Equal(["a.txt"], await ListAsync(Path.Combine(_root, "*.txt")));

    [Fact]
    public async Task A_double_star_glob_recurses()
        => Assert.Equal(["a.txt", "sub/c.txt", "sub/deeper/d.txt"], await ListAsync(Path.Combine(_root, "**", "*.txt")));

    [Fact]
    public async Task A_single_file_yields_itself_with_its_length()
    {
        var source = new FileSystemSource(Path.Combine(_root, "b.pdf"));
        var documents = new List<SourceDocument>();
        await foreach (var d in source.GetDocumentsAsync())
        {
            documents.Add(d);
        }

        var document = Assert.Single(documents);
        Assert.Equal(5, document.Length);
        Assert.Equal(".pdf", document.Extension);
        Assert.True(document.Uri.IsFile);
    }

    [Fact]
    public void A_missing_path_does_not_exist()
        => Assert.False(new FileSystemSource(Path.Combine(_root, "nope.txt")).Exists);
}
