namespace Ingest.Normalizers.Dates;

/// <content>Whether a bare four-digit number is a year where it stands.</content>
internal sealed partial class DateParser
{
    /// <summary>Whether a bare four-digit number reads as a year here (not "1960 peacekeepers", "$2000", "2000 percent").</summary>
    private bool YearContext(int i, int j, int end, bool inRange)
    {
        var value = _tokens[j].Value;
        if (IsSymbol(end, '%') || TextIs(end, "percent") || TextIs(end, "per") || IsSymbol(end, '$') || (end < _tokenCount && _tokens[end].Kind == TokenKind.Number)
            || (IsSymbol(end, '.') && IsJoinedToPrevious(end) && IsNumber(end + 1) && IsJoinedToPrevious(end + 1)) || (IsSymbol(end, ',') && IsJoinedToPrevious(end) && IsNumber(end + 1) && IsJoinedToPrevious(end + 1)))
        {
            return false;
        }

        if (j > 0 && (IsSymbol(j - 1, '$') || IsSymbol(j - 1, '\\') || IsSymbol(j - 1, '€') || IsSymbol(j - 1, '£') || IsSymbol(j - 1, '#') || IsSymbol(j - 1, '+') || (IsSymbol(j - 1, '-') && IsJoinedToPrevious(j))))
        {
            if (!(IsSymbol(j - 1, '-') && !IsJoinedToPrevious(j - 1)))
            {
                return false;
            }
        }

        if (j > 0 && (TextIs(j - 1, "USD") || TextIs(j - 1, "EUR") || TextIs(j - 1, "No") || TextIs(j - 1, "number") || TextIs(j - 1, "page") || TextIs(j - 1, "pages")
            || TextIs(j - 1, "room") || TextIs(j - 1, "route") || TextIs(j - 1, "flight") || TextIs(j - 1, "model") || TextIs(j - 1, "version") || TextIs(j - 1, "to") && IsSymbol(j - 2, '$')))
        {
            return false;
        }

        if (IsWord(end, WordClass.Unit) || IsWord(end, WordClass.Cardinal) || TextIs(end, "million") || TextIs(end, "billion") || TextIs(end, "km") || TextIs(end, "kg")
            || TextIs(end, "m") || TextIs(end, "people") || TextIs(end, "men") || TextIs(end, "troops") || TextIs(end, "dollars") || TextIs(end, "euros")
            || TextIs(end, "times") || TextIs(end, "feet") || TextIs(end, "metres") || TextIs(end, "meters") || TextIs(end, "miles"))
        {
            return false;
        }

        var prepositional = IsKeyword(i - 1, DateKeyword.In) || IsKeyword(i - 1, DateKeyword.Of) || IsKeyword(i - 1, DateKeyword.Since) || IsKeyword(i - 1, DateKeyword.By)
            || IsKeyword(i - 1, DateKeyword.From) || IsKeyword(i - 1, DateKeyword.Until) || IsKeyword(i - 1, DateKeyword.To) || IsKeyword(i - 1, DateKeyword.Between)
            || IsKeyword(i - 1, DateKeyword.And) || IsKeyword(i - 1, DateKeyword.After) || IsKeyword(i - 1, DateKeyword.Before) || IsKeyword(i - 1, DateKeyword.During)
            || IsKeyword(i - 1, DateKeyword.Through) || IsKeyword(i - 1, DateKeyword.The) || IsKeyword(i - 1, DateKeyword.Early) || IsKeyword(i - 1, DateKeyword.Late)
            || IsKeyword(i - 1, DateKeyword.Mid) || IsKeyword(i - 1, DateKeyword.For) || IsKeyword(i - 1, DateKeyword.Over) || IsKeyword(i - 1, DateKeyword.At)
            || IsKeyword(i - 1, DateKeyword.On) || TextIs(i - 1, "circa") || TextIs(i - 1, "c") || TextIs(i - 1, "year") || TextIs(i - 1, "fiscal")
            || IsWord(i - 1, WordClass.Month) || IsWord(i - 1, WordClass.Season);
        if (value < 1500 && !prepositional && !inRange)
        {
            return false;
        }

        if (value > 2100 && !prepositional)
        {
            return false;
        }

        // "1500 were killed", "some 2000 fled": a round hundred with nothing that marks a year is a count, left to
        // the number normalizer; years that round are written after a preposition ("in 1500").
        if (value % 100 == 0 && !prepositional && !inRange)
        {
            return false;
        }

        // "1960 peacekeepers": a count before a plural noun, unless a preposition or article marks a year ("the 2020 elections").
        return prepositional || inRange || !IsCountedNoun(end);
    }

    /// <summary>A plain lower-case plural noun (<c>peacekeepers</c>, <c>points</c>; not <c>this</c>, <c>bus</c>, <c>class</c>): what a count counts.</summary>
    private bool IsCountedNoun(int i)
    {
        if (i >= _tokenCount || _tokens[i].Kind != TokenKind.Word || _tokens[i].Class != WordClass.None || Upper(i))
        {
            return false;
        }

        var word = Text(i);
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i';
    }
}
