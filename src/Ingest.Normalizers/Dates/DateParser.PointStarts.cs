namespace Ingest.Normalizers.Dates;

/// <content>Which tokens can open a calendar point, so the point rules run only where one of them can match.</content>
internal sealed partial class DateParser
{
    /// <summary>
    /// Whether any point rule can start at token <paramref name="i"/>: digits, the apostrophe of '90s, a word of a date
    /// class, a plain word (holidays, "twice", "right"), or one of the function words a rule opens with. Connectors such
    /// as "of", "and", "for" and "over" open none, and "the" or "my" opens one only before a token that can.
    /// </summary>
    private bool MayStartPoint(int i)
    {
        if (i >= _tokenCount)
        {
            return true;
        }

        ref readonly var token = ref _tokens[i];
        return token.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Symbol => token.Symbol == '\'',
            _ => token.Class != WordClass.Keyword || OpensPoint(i, (DateKeyword)token.Value),
        };
    }

    /// <summary>The function words some point rule reads at its first token (see each Rule* method).</summary>
    private bool OpensPoint(int i, DateKeyword keyword) => keyword switch
    {
        DateKeyword.The or DateKeyword.My => MayFollowDeterminer(i + 1),
        DateKeyword.Once or DateKeyword.On or DateKeyword.In or DateKeyword.At or DateKeyword.A or DateKeyword.Half
            or DateKeyword.Mid or DateKeyword.Early or DateKeyword.Late or DateKeyword.Later or DateKeyword.Earlier
            or DateKeyword.Beginning or DateKeyword.End or DateKeyword.Start or DateKeyword.Middle
            or DateKeyword.Now or DateKeyword.Currently or DateKeyword.That or DateKeyword.Same or DateKeyword.Q => true,
        _ => false,
    };

    /// <summary>
    /// Whether token <paramref name="j"/>, after "the" or "my", can carry a point: digits, the apostrophe of '90s, any
    /// classified word, or the plain words the rules test by spelling ("the final week", "the w/c 4 May").
    /// </summary>
    private bool MayFollowDeterminer(int j)
    {
        if (j >= _tokenCount)
        {
            return true;
        }

        ref readonly var token = ref _tokens[j];
        return token.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Symbol => token.Symbol == '\'',
            _ => token.Class != WordClass.None || TextIs(j, "final") || TextIs(j, "last") || TextIs(j, "w"),
        };
    }
}
