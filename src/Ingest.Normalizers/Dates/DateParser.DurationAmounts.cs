namespace Ingest.Normalizers.Dates;

/// <content>How many units a duration counts: digits, number words, fractions and vague amounts.</content>
internal sealed partial class DateParser
{
    /// <summary>Reads how many: 3, 3.5, six, two and a half, a, a couple of, a few, several, half a, another, all, a quarter.</summary>
    private bool Amount(int j, out double amount, out bool vague, out int end, out bool strong)
    {
        amount = 0;
        vague = false;
        strong = true;
        end = j;
        if (IsNumber(j))
        {
            ref readonly var t = ref _tokens[j];
            if (t.Has(TokenFlags.Ordinal) || t.Digits > 6 || (j > 0 && IsJoinedToPrevious(j) && (IsSymbol(j - 1, '.') || IsSymbol(j - 1, ',') || IsSymbol(j - 1, '$') || IsSymbol(j - 1, '/') || (IsDash(j - 1) && j > 1 && IsNumber(j - 2)))))
            {
                return false;
            }

            amount = t.Value;
            end = j + 1;
            if (IsSymbol(end, '.') && IsJoinedToPrevious(end) && IsNumber(end + 1) && IsJoinedToPrevious(end + 1))
            {
                amount += _tokens[end + 1].Value / Math.Pow(10, _tokens[end + 1].Digits);
                end += 2;
            }

            if (IsDash(end) && IsJoinedToPrevious(end) && IsJoinedToPrevious(end + 1) && IsWord(end + 1, WordClass.Unit))
            {
                end++;
            }

            return amount > 0;
        }

        if (IsKeyword(j, DateKeyword.A))
        {
            if (IsKeyword(j + 1, DateKeyword.Couple) && IsKeyword(j + 2, DateKeyword.Of))
            {
                amount = 2;
                end = j + 3;
                return true;
            }

            if (IsKeyword(j + 1, DateKeyword.Few))
            {
                vague = true;
                end = j + 2;
                return true;
            }

            if (IsKeyword(j + 1, DateKeyword.Half))
            {
                amount = 0.5;
                end = j + 2;
                return true;
            }

            if (TextIs(j + 1, "quarter") && IsWord(j + 2, WordClass.Unit) && _tokens[j + 2].Value == (int)DateUnit.Century)
            {
                amount = 0.25;
                end = j + 2;
                return true;
            }

            if (TextIs(j + 1, "quarter") && IsKeyword(j + 2, DateKeyword.Of) && IsKeyword(j + 3, DateKeyword.A) && IsWord(j + 4, WordClass.Unit) && _tokens[j + 4].Value == (int)DateUnit.Century)
            {
                amount = 0.25;
                end = j + 4;
                return true;
            }

            if (TextIs(j + 1, "dozen"))
            {
                amount = 12;
                end = j + 2;
                return true;
            }

            amount = 1;
            strong = false;
            end = j + 1;
            return true;
        }

        if (IsKeyword(j, DateKeyword.Couple) && IsKeyword(j + 1, DateKeyword.Of))
        {
            amount = 2;
            end = j + 2;
            return true;
        }

        if (IsKeyword(j, DateKeyword.Few) || IsKeyword(j, DateKeyword.Several) || IsKeyword(j, DateKeyword.Some))
        {
            vague = true;
            end = j + 1;
            return true;
        }

        if (IsKeyword(j, DateKeyword.Half) && IsKeyword(j + 1, DateKeyword.A))
        {
            amount = 0.5;
            end = j + 2;
            return true;
        }

        if (IsKeyword(j, DateKeyword.Half))
        {
            amount = 0.5;
            end = j + 1;
            return true;
        }

        if (IsKeyword(j, DateKeyword.Another))
        {
            amount = 1;
            end = j + 1;
            return true;
        }

        if (IsKeyword(j, DateKeyword.All) || IsKeyword(j, DateKeyword.Full) || IsKeyword(j, DateKeyword.Whole))
        {
            amount = 1;
            end = j + 1;
            if (IsDash(end) && IsJoinedToPrevious(end))
            {
                end++;
            }

            return IsWord(end, WordClass.Unit) && Text(end)[^1] != 's';
        }

        if (NumberWords(j, out var value, out var e, out var ordinal) && !ordinal && value > 0)
        {
            amount = value;
            end = e;
            strong = value != 1;

            // "one and a half hour": the fraction makes a lone "one" an amount (1.5), not an article-like "one".
            if (IsKeyword(end, DateKeyword.And) && IsKeyword(end + 1, DateKeyword.A) && IsKeyword(end + 2, DateKeyword.Half))
            {
                amount += 0.5;
                end += 3;
                strong = true;
            }
            else if (IsKeyword(end, DateKeyword.And) && IsKeyword(end + 1, DateKeyword.Half))
            {
                amount += 0.5;
                end += 2;
                strong = true;
            }

            if (IsDash(end) && IsJoinedToPrevious(end) && IsWord(end + 1, WordClass.Unit))
            {
                end++;
            }

            return true;
        }

        return false;
    }
}
