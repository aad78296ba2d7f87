namespace Ingest.Benchmarks.Pdf;

/// <summary>A source document for a local file.</summary>
internal sealed class BenchmarkFileSource : SourceDocument
{
    private readonly string _path;

    /// <summary>Creates the source.</summary>
    /// <param name="path">The file path.</param>
    public BenchmarkFileSource(string path)
        : base(new Uri(Path.GetFullPath(path))) => _path = path;

    /// <inheritdoc />
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<Stream>(File.OpenRead(_path));
}
