namespace Ingest.Normalizers.Numbers;

/// <content>What is written right after a digit literal: scale letters, currency, ordinal and multiplier suffixes, a detached scale word.</content>
internal sealed partial class NumberScanner
{
    /// <summary>
    /// Reads scale letters glued to a literal (<c>3bn</c>, <c>10k</c>, <c>$5m</c>), an ISO code (<c>115USD</c>), an ordinal
    /// suffix (<c>3rd</c>, kind ordinal) or a multiplier sign (<c>2x</c>, <c>3×</c>, kind multiplier).
    /// </summary>
    private int ReadLiteralSuffix(int q, bool afterCurrency, bool isDecimal, out double scale, out string? currency, out NumberKind kind, out bool reject)
    {
        scale = 1;
        currency = null;
        kind = NumberKind.Cardinal;
        reject = false;
        if (At(q) is 'x' or 'X' or '×' && !char.IsLetterOrDigit(At(q + 1)) && !IsDigit(At(SkipInlineSpaces(q + 1))))
        {
            // 2x faster, a 3× increase; 2x4 and 2 × 3 are dimensions and products.
            kind = NumberKind.Multiplier;
            return q + 1;
        }

        if (!char.IsLetter(At(q)) || EnglishNumberVocabulary.SymbolCurrency(At(q)) is not null)
        {
            return q;
        }

        var end = WordEnd(q);
        var suffix = Span(q, end);
        if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            kind = NumberKind.Ordinal;
            return end;
        }

        switch (suffix)
        {
            case "k" or "K":
                scale = 1e3;
                return end;
            case "M" or "MM" or "mn" or "Mn" or "mln" or "mil" or "MN":
                scale = 1e6;
                return end;
            case "m" when !afterCurrency && IsGluedMetre(end, isDecimal):
                // The unit is read after the quantity (NumberScanner.Measures).
                return q;
            case "m" when afterCurrency || isDecimal:
                scale = 1e6;
                return end;
            case "bn" or "Bn" or "BN" or "bln" or "B":
                scale = 1e9;
                return end;
            case "b" when afterCurrency || isDecimal:
                scale = 1e9;
                return end;
            case "tn" or "tln" or "trn" or "Tn" or "T" when afterCurrency || suffix.Length > 1:
                scale = 1e12;
                return end;
        }

        if (_vocabulary.Words.TryGetValue(suffix, out var word) && word.Has(NumberWordRole.CurrencyCode)
            && (char.IsUpper(suffix[0]) || _vocabulary.LowerCaseCodeTable.TryGetValue(suffix, out _)))
        {
            currency = word.Currency;
            return end;
        }

        // 7.62mm, 200lbs, 5km/h: a glued unit of measure, read after the quantity.
        if (!afterCurrency && Units.UnitParser.TryRead(_text, q, _end, glued: true, out _))
        {
            return q;
        }

        reject = true;
        return end;
    }

    /// <summary>
    /// A scale letter written apart from the literal: <c>2.33 k</c>, <c>1,674,200.5 M</c>. Only a lower-case k (an upper-case
    /// K after a number is as often kelvin) and, after a decimal, M (after a whole number it is as often a size or a model).
    /// </summary>
    private int ReadDetachedScale(int literalEnd, bool isDecimal, out double scale)
    {
        scale = 1;
        var r = SkipInlineSpaces(literalEnd);
        if (r == literalEnd || !char.IsLetter(At(r)))
        {
            return literalEnd;
        }

        var end = WordEnd(r);
        if (IsDigit(At(end)) || (At(end) == '.' && char.IsLetter(At(end + 1))))
        {
            return literalEnd;
        }

        var word = Span(r, end);
        if (word is "k")
        {
            scale = 1e3;
        }
        else if (isDecimal && word is "M" or "MM")
        {
            scale = 1e6;
        }
        else
        {
            return literalEnd;
        }

        return end;
    }
}
