namespace Ingest;

/// <summary>A file on disk as a source document.</summary>
public sealed class FileSourceDocument : SourceDocument
{
    /// <summary>Creates a source document for the file at <paramref name="path"/>.</summary>
    /// <param name="path">An absolute or relative path.</param>
    public FileSourceDocument(string path)
        : base(new Uri(System.IO.Path.GetFullPath(path)))
    {
        Path = System.IO.Path.GetFullPath(path);
        var info = new FileInfo(Path);
        Length = info.Exists ? info.Length : null;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Stream stream = new FileStream(Path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            BufferSize = 0,
        });
        return ValueTask.FromResult(stream);
    }
}
