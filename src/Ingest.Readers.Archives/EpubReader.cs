using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Archives;

/// <summary>
/// Reads EPUB books. The book's own document has its title and a list item per content document in spine (reading)
/// order, with the Dublin Core title, creators, language, date and description as metadata; as an
/// <see cref="IContainerReader"/> it yields each spine document (XHTML, read by the HTML reader) as a child named by its
/// path in the archive, under the same limits as <see cref="ZipReader"/>.
/// </summary>
public sealed class EpubReader : IContainerReader, IFormatSniffer
{
    private readonly ArchiveReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public EpubReader()
        : this(new ArchiveReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public EpubReader(ArchiveReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public EpubReader(IOptions<ArchiveReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>EPUB books (<c>application/epub+zip</c>, <c>.epub</c>).</summary>
    public static DocumentFormat EpubFormat { get; } = new("application/epub+zip", ".epub");

    /// <inheritdoc />
    public string Name => "epub";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats { get; } = [EpubFormat];

    /// <inheritdoc />
    /// <remarks>A ZIP whose first entry is the uncompressed <c>mimetype</c> file holding <c>application/epub+zip</c>.</remarks>
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => EpubSignature.Matches(head) ? EpubFormat.MediaType : null;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var (archive, buffer) = await ArchiveBuffer.OpenAsync(content, context, "epub", cancellationToken).ConfigureAwait(false);
        using var bufferScope = buffer;
        using var archiveScope = archive;
        var package = EpubPackage.Read(archive);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, 1024);
        var metadata = builder.Metadata;
        metadata.Title = First(package, "title");
        foreach (var creator in package.Metadata.GetValueOrDefault("creator") ?? [])
        {
            metadata.Authors.Add(creator);
        }

        metadata.Language = First(package, "language");
        metadata.Description = First(package, "description");
        if (First(package, "date") is { Length: >= 10 } date && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            metadata.Published = published;
        }

        builder.AddBlock(BlockKind.Title, metadata.Title ?? string.Empty);
        foreach (var (path, _) in package.Spine)
        {
            builder.AddBlock(BlockKind.ListItem, path, 1);
        }

        metadata.Extra["spine"] = package.Spine.Count.ToString(CultureInfo.InvariantCulture);
        return builder.Build();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChildSourceDocument> ReadChildrenAsync(Stream content, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var (archive, buffer) = await ArchiveBuffer.OpenAsync(content, context, "epub", cancellationToken).ConfigureAwait(false);
        using var bufferScope = buffer;
        using var archiveScope = archive;
        var guard = new ArchiveEntryGuard(_options, []);
        foreach (var (path, mediaType) in EpubPackage.Read(archive).Spine)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (archive.GetEntry(path) is { } entry && guard.Admit(entry) is not null && guard.Extract(entry) is { } bytes)
            {
                yield return new ChildSourceDocument(context.Source.Uri, path, bytes) { MediaType = mediaType.Length > 0 ? mediaType : null };
            }
        }
    }

    private static string? First(EpubPackage package, string key)
        => package.Metadata.TryGetValue(key, out var values) ? values[0] : null;
}
