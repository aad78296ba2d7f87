namespace Ingest.Normalizers.Dates;

/// <content>Calendar points named by a season: summer, last winter, spring 2012.</content>
internal sealed partial class DateParser
{
    /// <summary>"the summer of 1920", "summer 2016", "in the spring"; "fall" only where it cannot be the verb or "the fall of".</summary>
    private bool RuleSeason(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var hasThe = j > i;
        if (IsKeyword(j, DateKeyword.Mid) && IsDash(j + 1))
        {
            j += 2;
        }

        if (!IsWord(j, WordClass.Season))
        {
            return false;
        }

        var isFall = TextIs(j, "fall");
        spec = DateSpec.Point(DateGrain.Season);
        spec.Season = _tokens[j].Value;
        var k = j + 1;
        var y = IsKeyword(k, DateKeyword.Of) ? k + 1 : k;
        if (YearAt(y, false, true, out var year, out var yearEnd))
        {
            spec.Year = year;
            spec.YearStated = true;
            end = yearEnd;
            return true;
        }

        if (RelativeYearAt(k, out var relYear, out var relEnd))
        {
            spec.Year = relYear;
            end = relEnd;
            MarkRelativeYear(ref spec);
            return true;
        }

        if (IsKeyword(k, DateKeyword.Of) || (k < _tokenCount && _tokens[k].Kind == TokenKind.Word && _tokens[k].Class is WordClass.None or WordClass.Unit && !isFall && Upper(k)))
        {
            return false;
        }

        var prev = i - 1;
        var cue = IsKeyword(prev, DateKeyword.In) || IsKeyword(prev, DateKeyword.During) || IsKeyword(prev, DateKeyword.Since) || IsKeyword(prev, DateKeyword.Until)
            || IsKeyword(prev, DateKeyword.By) || IsKeyword(prev, DateKeyword.Over) || IsKeyword(prev, DateKeyword.Early) || IsKeyword(prev, DateKeyword.Late)
            || IsKeyword(prev, DateKeyword.Mid) || IsKeyword(prev, DateKeyword.Through) || IsWord(prev, WordClass.FutureCue) || IsKeyword(prev, DateKeyword.Of);
        if (isFall && !(hasThe && (IsKeyword(prev, DateKeyword.In) || IsKeyword(prev, DateKeyword.During) || IsKeyword(prev, DateKeyword.By)) && Boundary(k)))
        {
            return false;
        }

        if (!isFall && TextIs(j, "spring") && !hasThe && !cue)
        {
            return false;
        }

        if (!cue && !hasThe && !inRange && !IsWord(prev, WordClass.Unit) && !(BareSeasonName(j) && !isFall))
        {
            return false;
        }

        if (!cue && hasThe && !Boundary(k))
        {
            return false;
        }

        spec.YearMissing = true;
        end = k;
        return true;
    }

    /// <summary>
    /// A season named with no cue before it that closes its phrase ("I'll leave summer", "summer, when"): a date.
    /// Not "spring" or "fall", which are as often other words, nor a capitalised season mid-sentence (a name), nor one
    /// that modifies a following noun ("summer camps").
    /// </summary>
    private bool BareSeasonName(int j)
    {
        if (TextIs(j, "spring") || (Upper(j) && !_tokens[j].Has(TokenFlags.SentenceStart)) || IsKeyword(j - 1, DateKeyword.A))
        {
            return false;
        }

        var k = j + 1;
        return k >= _tokenCount || (_tokens[k].Kind == TokenKind.Symbol && _tokens[k].Symbol is '.' or ',' or ';' or '!' or '?' or ')');
    }
}
