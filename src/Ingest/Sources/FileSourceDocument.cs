using Ingest.Sources.Files;

namespace Ingest;

/// <summary>A file on disk as a source document.</summary>
public sealed class FileSourceDocument : SourceDocument
{
    /// <summary>Creates a source document for the file at <paramref name="path"/>.</summary>
    /// <param name="path">An absolute or relative path.</param>
    public FileSourceDocument(string path)
        : base(FileUri.From(System.IO.Path.GetFullPath(path)))
    {
        Path = System.IO.Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(Path);
            Length = info.Exists ? info.Length : null;
        }
        catch (IOException)
        {
            // Past the system's path length; opening reports it.
            Length = null;
        }
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Opening a named pipe blocks until something writes to it, and a device never ends: refuse them unopened.
        if (UnixFileKind.IsSpecial(Path, out var kind))
        {
            throw new SourceException("source.not-regular-file", $"'{Path}' is {kind}, not a regular file; it is not opened.", isTransient: false);
        }

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
