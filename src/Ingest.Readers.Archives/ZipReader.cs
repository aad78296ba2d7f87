using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Archives;

/// <summary>
/// Reads ZIP archives. The archive's own document lists its entries (one list item per file path); as an
/// <see cref="IContainerReader"/> it yields each admitted entry as a child document named by its path (see
/// <see cref="ArchiveEntryGuard"/> for what is refused). A ZIP that is a Word, Excel or PowerPoint package (recognised by
/// its <c>[Content_Types].xml</c>, whatever its name) is handed to the registered Office reader instead and has no children.
/// </summary>
public sealed class ZipReader : IContainerReader
{
    private readonly ArchiveReaderOptions _options;
    private readonly IServiceProvider? _services;

    /// <summary>Creates a reader with the default options.</summary>
    public ZipReader()
        : this(new ArchiveReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public ZipReader(ArchiveReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection; Office packages go to the registered Office readers.</summary>
    /// <param name="options">The options.</param>
    /// <param name="services">The service provider, to find the Office readers.</param>
    public ZipReader(IOptions<ArchiveReaderOptions> options, IServiceProvider services)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
        _services = services;
    }

    /// <summary>ZIP archives (<c>application/zip</c>, <c>.zip</c>).</summary>
    public static DocumentFormat ZipFormat { get; } = new("application/zip", ".zip");

    /// <inheritdoc />
    public string Name => "zip";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats { get; } = [ZipFormat];

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var (archive, buffer) = await ArchiveBuffer.OpenAsync(content, context, "zip", cancellationToken).ConfigureAwait(false);
        using var bufferScope = buffer;
        using var archiveScope = archive;
        if (OfficePackageProbe.MediaType(archive) is { } office && ReaderFor(office) is { } reader)
        {
            buffer.Position = 0;
            return await reader.ReadAsync(buffer, new ReadContext(context.Source, office) { MaxBytes = context.MaxBytes }, cancellationToken).ConfigureAwait(false);
        }

        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, 1024);
        var diagnostics = new List<Diagnostic>();
        var guard = new ArchiveEntryGuard(_options, diagnostics);
        var admitted = 0;
        foreach (var entry in archive.Entries)
        {
            if (guard.Admit(entry) is { } path)
            {
                admitted++;
                builder.AddBlock(BlockKind.ListItem, path, 1);
            }
        }

        diagnostics.ForEach(builder.AddDiagnostic);
        builder.Metadata.Extra["entries"] = admitted.ToString(CultureInfo.InvariantCulture);
        return builder.Build();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChildSourceDocument> ReadChildrenAsync(Stream content, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var (archive, buffer) = await ArchiveBuffer.OpenAsync(content, context, "zip", cancellationToken).ConfigureAwait(false);
        using var bufferScope = buffer;
        using var archiveScope = archive;
        if (OfficePackageProbe.MediaType(archive) is { } office && ReaderFor(office) is not null)
        {
            yield break;
        }

        var guard = new ArchiveEntryGuard(_options, []);
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (guard.Admit(entry) is { } path && guard.Extract(entry) is { } bytes)
            {
                yield return new ChildSourceDocument(context.Source.Uri, path, bytes);
            }
        }
    }

    private IDocumentReader? ReaderFor(string mediaType)
        => _services?.GetServices<ReaderRegistration>()
            .OrderBy(r => r.Priority)
            .Select(r => r.Factory(_services))
            .LastOrDefault(r => r.Formats.Any(f => f.MediaType == mediaType));
}
