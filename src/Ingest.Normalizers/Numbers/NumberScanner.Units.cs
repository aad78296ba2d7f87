namespace Ingest.Normalizers.Numbers;

/// <content>
/// The counted noun. Rule: the unit is the head noun that follows the number, looking past at most three modifiers
/// (capitalized words such as <c>Russian</c> or <c>Baku</c>, known adjectives, and words with adjective endings such as
/// <c>ethnic</c>, <c>military</c>, <c>bloody</c>, <c>warring</c>). For a count other than one the head must look plural
/// (<c>peacekeepers</c>, <c>people</c>); for one and for ordinals after a determiner a singular noun is taken
/// (<c>the 102nd military base</c> gives <c>base</c>). A function word, number word, punctuation or a fourth modifier
/// ends the search with no unit. A hyphenated word glued to the number is the unit (<c>six-week</c> gives <c>week</c>).
/// </content>
internal sealed partial class NumberScanner
{
    private void CaptureUnit(int end, bool plural, bool ordinal, ref NumberMatch match)
    {
        if (!_captureUnits)
        {
            return;
        }

        if (IsDash(At(end)) && char.IsLetter(At(end + 1)))
        {
            var hyphenEnd = WordEnd(end + 1);
            var hyphenWord = Lookup(end + 1, hyphenEnd);
            if (!ordinal && !hyphenWord.Has(NumberWordRole.Unit | NumberWordRole.Tens | NumberWordRole.StopWord | NumberWordRole.Ordinal))
            {
                match.UnitStart = end + 1;
                match.UnitLength = hyphenEnd - end - 1;
            }

            return;
        }

        var p = end;
        for (var modifiers = 0; modifiers <= 3; modifiers++)
        {
            var s = SkipInlineSpaces(p);
            if (s == p && p != end)
            {
                return;
            }

            if (s >= _end || !char.IsLetter(_text[s]))
            {
                return;
            }

            var e = WordEnd(s);

            // Hyphenated nouns and modifiers: peace-keepers, front-line.
            while (IsDash(At(e)) && char.IsLetter(At(e + 1)))
            {
                e = WordEnd(e + 1);
            }

            var info = Lookup(s, e);
            var stop = NumberWordRole.StopWord | NumberWordRole.Month | NumberWordRole.Unit | NumberWordRole.Tens | NumberWordRole.Scale
                | NumberWordRole.Percent | NumberWordRole.Times | NumberWordRole.CurrencyName | NumberWordRole.CurrencyCode
                | NumberWordRole.Ordinal | NumberWordRole.Hundred | NumberWordRole.VaguePlural | NumberWordRole.Denominator;
            if (info.Has(stop) && !info.Has(NumberWordRole.MeasureUnit | NumberWordRole.IrregularPlural))
            {
                return;
            }

            if (info.Has(NumberWordRole.IrregularPlural | NumberWordRole.MeasureUnit) || (plural && LooksPlural(s, e, info)))
            {
                match.UnitStart = s;
                match.UnitLength = e - s;
                return;
            }

            if (!info.Has(NumberWordRole.Adjective) && !LooksLikeModifier(s, e))
            {
                if (!plural || ordinal)
                {
                    match.UnitStart = s;
                    match.UnitLength = e - s;
                }

                return;
            }

            p = e;
        }
    }

    private bool LooksPlural(int s, int e, NumberWord info)
    {
        if (info.Has(NumberWordRole.IrregularPlural))
        {
            return true;
        }

        if (e - s < 3 || info.Has(NumberWordRole.NotPlural | NumberWordRole.StopWord))
        {
            return false;
        }

        var last = _text[e - 1];
        var previous = _text[e - 2];
        var capitalized = char.IsUpper(_text[s]);
        return last == 's' && previous is not ('s' or 'u' or '\'' or '’') && !(previous == 'i' && !capitalized) && !(e - s <= 3 && capitalized);
    }

    /// <summary>A capitalized word (Russian, Baku, Soviet) or a word with an adjective ending.</summary>
    private bool LooksLikeModifier(int s, int e)
    {
        if (char.IsUpper(_text[s]))
        {
            return true;
        }

        var word = Span(s, e);
        if (word.Length < 4)
        {
            return false;
        }

        return word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("al", StringComparison.Ordinal)
            || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
            || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ful", StringComparison.Ordinal)
            || word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal)
            || word.EndsWith("ern", StringComparison.Ordinal)
            || word.EndsWith("less", StringComparison.Ordinal) || word.EndsWith("ble", StringComparison.Ordinal)
            || word.EndsWith("dy", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)
            || word.Contains('-');
    }
}
