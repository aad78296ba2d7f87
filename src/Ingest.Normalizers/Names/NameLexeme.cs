namespace Ingest.Normalizers.Names;

/// <summary>Everything the gazetteers know about one folded word or phrase.</summary>
internal sealed class NameLexeme
{
    /// <summary>What kind of word or phrase it is.</summary>
    public LexemeFlags Flags { get; set; }

    /// <summary>The entity the phrase names (directly or through an alias), if any.</summary>
    public GazetteerEntry? Entry { get; set; }

    /// <summary>For a surname: the one well-known person who carries it, or <see langword="null"/> when several do.</summary>
    public GazetteerEntry? Person { get; set; }

    /// <summary>For a surname: how many well-known people carry it.</summary>
    public int PersonCount { get; set; }

    public bool Has(LexemeFlags flag) => (Flags & flag) != 0;
}
