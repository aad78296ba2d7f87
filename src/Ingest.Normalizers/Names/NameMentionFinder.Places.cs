namespace Ingest.Normalizers.Names;

/// <summary>The place cues of <see cref="NameMentionFinder"/>: place prepositions, place nouns and place prefixes.</summary>
internal sealed partial class NameMentionFinder
{
    private static bool HasPlaceCue(NameTokenizer tokenizer, int index, int last)
    {
        var tokens = tokenizer.Tokens;
        if (index > 0 && tokens[index].Has(NameTokenFlags.SpaceBefore))
        {
            var before = tokenizer.Text(index - 1);
            if (before is "in" or "at" or "from" or "near" or "to" or "into" or "across" or "towards" or "toward" or "outside"
                or "via" or "through" or "around" or "inside" or "within" or "entered" or "visited" or "reached")
            {
                return !tokens[index].Has(NameTokenFlags.SentenceStart);
            }

            if (before is "of" && index > 1 && IsPlaceNoun(tokenizer.Text(index - 2)))
            {
                return true;
            }
        }

        if (index > 0 && tokens[index].Punctuation == ',' && IsPlaceNoun(tokenizer.Text(index - 1)))
        {
            return true;
        }

        if (last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && tokens[last + 1].Has(NameTokenFlags.Lower)
            && tokenizer.Text(last + 1) is "region" or "province" or "district" or "oblast" or "city" or "town" or "village" or "county" or "governorate" or "river")
        {
            return true;
        }

        if (last + 3 < tokens.Length && tokens[last + 1].Punctuation == ',' && tokenizer.Text(last + 1) is "a" or "the"
            && IsPlaceNoun(tokenizer.Text(last + 2)))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// The last token of a known place after "of" at <paramref name="of"/>, when the word at <paramref name="head"/> heads
    /// places and not bodies (Republic, Gulf, Bay): English names a state or a feature by its kind and "of" a known place
    /// (the Democratic Republic of Congo, the Gulf of Oman), and the whole is one place; -1 otherwise.
    /// </summary>
    private int PlaceOfKnownPlaceEnd(NameTokenizer tokenizer, int head, int of)
    {
        var tokens = tokenizer.Tokens;
        var name = of + 1;
        if (name >= tokens.Length || !tokenizer.Text(of).SequenceEqual("of") || tokens[head].Has(NameTokenFlags.Possessive)
            || (Flags(tokenizer, head) & (LexemeFlags.PlaceHead | LexemeFlags.OrganizationHead)) != LexemeFlags.PlaceHead
            || !tokens[name].IsCapitalized || !tokens[name].Has(NameTokenFlags.SpaceBefore))
        {
            return -1;
        }

        var (length, lexeme) = LongestMatch(tokenizer, name);
        var end = name + length - 1;
        return lexeme?.Entry is { Kind: NameKind.Place } && (end + 1 >= tokens.Length || !tokens[end + 1].IsJoined || !tokens[end + 1].IsCapitalized)
            ? end
            : -1;
    }

    private static bool IsPlaceNoun(ReadOnlySpan<char> key) => key is "city" or "town" or "village" or "region" or "province" or "district"
        or "distrikts" or "districts" or "capital" or "outskirts" or "suburb" or "suburbs" or "port" or "municipality" or "oblast" or "island"
        or "islands" or "provinces" or "regions" or "cities" or "towns" or "villages" or "area" or "areas" or "county" or "republic";

    private static bool IsPlacePrefix(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[16];
        return text.Length <= buffer.Length && IsPlacePrefixWord(buffer[..CueText.ToLower(text, buffer)]);
    }

    private static bool IsPlacePrefixWord(ReadOnlySpan<char> key) => key is "north" or "south" or "east" or "west" or "northern" or "southern"
        or "eastern" or "western" or "central" or "greater" or "upper" or "lower" or "northeastern" or "northwestern" or "southeastern"
        or "southwestern" or "port" or "fort" or "saint" or "st" or "san" or "santa" or "new" or "mount" or "lake" or "cape" or "el" or "al";
}
