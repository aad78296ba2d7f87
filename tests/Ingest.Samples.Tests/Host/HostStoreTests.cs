namespace Ingest.Samples.Tests.Host;

public sealed class HostStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-host-store-").FullName;

    [Fact]
    public async Task Db_writes_the_documents_and_query_finds_their_chunks_with_name_and_date_filters()
    {
        var documents = Directory.CreateDirectory(Path.Combine(_folder, "documents")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "Fixtures"), "*.txt"))
        {
            File.Copy(file, Path.Combine(documents, Path.GetFileName(file)));
        }

        var database = Path.Combine(_folder, "ingest.db");

        var first = await HostProcess.RunAsync(documents, "--db", database);
        var second = await HostProcess.RunAsync(documents, "--db", database);
        var query = await HostProcess.RunAsync("query", "peace", "--db", database, "--mentioning", "Aliyev", "--from", "2020-09-27", "--to", "2020-11-10", "--limit", "2");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 added, 0 replaced, 0 unchanged", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 replaced, 5 unchanged", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, query.ExitCode);
        Assert.Contains("ingest query: 2 chunks", query.Stderr, StringComparison.Ordinal);
        Assert.Contains(new Uri(documents).ToString(), query.Stdout, StringComparison.Ordinal);
        Assert.Contains("peace", query.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Format_markdown_writes_each_document_as_commonmark_after_its_source()
    {
        var fixture = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "Fixtures"), "*.txt").Order(StringComparer.Ordinal).First();
        var output = Path.Combine(_folder, "out.md");

        var run = await HostProcess.RunAsync(fixture, "--format", "markdown", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var markdown = await File.ReadAllTextAsync(output);
        Assert.StartsWith($"<!-- source: {new Uri(fixture)} (Succeeded) -->\n# ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_without_a_database_is_a_usage_error()
    {
        var run = await HostProcess.RunAsync("query", "peace", "--db", Path.Combine(_folder, "missing.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no database at", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
