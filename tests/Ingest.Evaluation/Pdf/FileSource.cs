namespace Ingest.Evaluation.Pdf;

/// <summary>A source document for a local file, for the evaluation suites.</summary>
internal sealed class FileSource : SourceDocument
{
    private readonly string _path;

    /// <summary>Creates the source.</summary>
    /// <param name="path">The file path.</param>
    public FileSource(string path)
        : base(new Uri(Path.GetFullPath(path))) => _path = path;

    /// <inheritdoc />
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<Stream>(File.OpenRead(_path));
}
