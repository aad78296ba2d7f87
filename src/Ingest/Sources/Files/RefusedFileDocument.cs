namespace Ingest.Sources.Files;

/// <summary>
/// An entry found while walking a directory that is not read (a symbolic link loop, a link leaving the input root,
/// a directory that cannot be listed): it still yields one result, failed with a diagnostic saying why.
/// </summary>
internal sealed class RefusedFileDocument : SourceDocument
{
    private readonly string _code;
    private readonly string _message;

    public RefusedFileDocument(string path, string code, string message)
        : base(FileUri.From(path))
    {
        Path = path;
        _code = code;
        _message = message;
    }

    public string Path { get; }

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => throw new SourceException(_code, _message, isTransient: false);
}
