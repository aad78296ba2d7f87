using Microsoft.Extensions.Options;

namespace Ingest.Normalizers.Names;

/// <summary>
/// Finds people, places and organisations in a document and adds them as <see cref="NameEntity"/> entities:
/// spellings folded to one key (İlham Əliyev, Ilham Aliyev), a surname alone linked to the full name, aliases
/// resolved (Shushi → Shusha, Artsakh → Nagorno-Karabakh), and the same entity given the same key in every document.
/// Rules and gazetteers only; no model.
/// </summary>
/// <remarks>
/// Keys are derived from the folded canonical form, so documents agree on them whatever order they are normalized in.
/// The one order-dependent step is linking a document that names someone only by an ambiguous surname to a full name
/// seen in an earlier document of the same normalizer (see <see cref="NameNormalizerOptions.LinkAcrossDocuments"/>);
/// it is thread-safe.
/// </remarks>
public sealed class NameNormalizer : IDocumentNormalizer
{
    /// <summary>The largest mention list kept for a later document.</summary>
    private const int MaxCachedMentions = 1 << 14;

    // Mention lists reused across documents: a fresh list per document was the largest allocation after the entities.
    private static readonly SpareInstances<List<NameCandidate>> SpareMentions = new();

    private readonly NameNormalizerOptions _options;
    private readonly NameMentionFinder _finder;
    private readonly NameLinker _linker;

    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">The options.</param>
    /// <param name="aliasSources">Aliases registered by plugins.</param>
    public NameNormalizer(IOptions<NameNormalizerOptions> options, IEnumerable<INameAliasSource>? aliasSources = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value ?? new NameNormalizerOptions();
        var gazetteer = NameGazetteer.Build(_options, aliasSources ?? Array.Empty<INameAliasSource>());
        var registry = _options.LinkAcrossDocuments ? new NameBatchRegistry(Math.Max(0, _options.MaxRememberedNames)) : null;
        _finder = new NameMentionFinder(gazetteer, registry);
        _linker = new NameLinker(registry);
    }

    /// <inheritdoc />
    public string Name => "names";

    /// <inheritdoc />
    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            foreach (var entity in Find(document, new NameWork(cancellationToken)))
            {
                document.Entities.Add(entity);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The names are lost but the document is kept: an error, so the result is partial (docs/reliability.md).
            document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "names.failed", $"Names could not be normalized: {exception.Message}")
            {
                Stage = "normalize",
            });
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Finds and links the names of <paramref name="document"/>, counting the work in <paramref name="work"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="work">Counts the work and checks for cancellation.</param>
    internal List<NameEntity> Find(Document document, NameWork work)
    {
        var authors = new List<string>();
        if (_options.UseAuthors)
        {
            foreach (var author in document.Metadata.Authors)
            {
                if (!string.IsNullOrWhiteSpace(author))
                {
                    authors.Add(NameKeyFolder.Fold(author));
                }
            }
        }

        using var tokenizer = NameTokenizer.Tokenize(document.Text);
        var mentions = SpareMentions.Take() ?? new List<NameCandidate>(Math.Max(16, tokenizer.Count / 8));
        try
        {
            _finder.Find(tokenizer, authors, mentions, work);
            if (!_options.IncludeOrganizations)
            {
                mentions.RemoveAll(static m => m.Kind == NameKind.Organization);
            }

            RemoveClaimed(document, tokenizer, mentions);
            return _linker.Link(document.Text, tokenizer, mentions, work);
        }
        finally
        {
            if (mentions.Capacity <= MaxCachedMentions)
            {
                mentions.Clear();
                SpareMentions.GiveBack(mentions);
            }
        }
    }

    /// <summary>Leaves alone text that an earlier normalizer claimed as a date or number, or that already carries a name.</summary>
    private static void RemoveClaimed(Document document, NameTokenizer tokenizer, List<NameCandidate> mentions)
    {
        var claimed = EntitySpanIndex.Build(document.Entities, static type => type is EntityTypes.Date or EntityTypes.Number or EntityTypes.Name);
        if (claimed is null)
        {
            return;
        }

        var tokens = tokenizer.Tokens;
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!claimed.Overlaps(tokens[m.First].Start, tokens[m.Last].NameEnd))
            {
                mentions[kept++] = m;
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }
}
