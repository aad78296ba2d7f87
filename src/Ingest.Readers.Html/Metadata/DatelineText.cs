using System.Text;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// The words of a date line beside its date ("Published: Thursday, 4 March 2021 at 8:00 a.m. EST", "Veröffentlicht am
/// 5. März 2024, 10:00 Uhr"): which of several dates it states as the publication, and whether the rest is only labels.
/// </summary>
internal static class DatelineText
{
    // Besides its date, a plain date line holds only labels, a weekday, a time of day and a zone: the words it may hold,
    // in English and the languages whose month names ForeignDates reads. A sentence of the story that opens with a date
    // or a month-like word ("Mayor Ilse Marr resigned on 4 March 2021.", "4 March 2019 — the council votes") holds others.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "updated", "modified", "last", "first", "on", "date", "dated", "at", "am", "pm", "a.m", "p.m", "a.m.", "p.m.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "utc", "gmt", "z", "et", "pt", "ct", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "ist", "aest", "aedt", "jst",
        "veröffentlicht", "aktualisiert", "erschienen", "stand", "am", "um", "uhr", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "publié", "publiée", "mis", "à", "jour", "le", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "publicado", "publicada", "actualizado", "actualizada", "atualizado", "atualizada", "el", "a", "las", "em", "às",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta", "feira",
        "pubblicato", "aggiornato", "il", "alle", "ore", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "gepubliceerd", "bijgewerkt", "op", "om", "uur", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "publicerad", "publisert", "uppdaterad", "oppdatert", "kl", "kl.", "г", "г.", "года", "r", "r.",
    };

    // The words that label a date as the publication, and as the last change.
    private static readonly string[] PublishedWords = ["published", "posted", "veröffentlicht", "erschienen", "publié", "publicad", "pubblicat", "gepubliceerd", "publicerad", "publisert"];
    private static readonly string[] UpdateWords = ["updated", "modified", "aktualisiert", "mis à jour", "actualizad", "atualizad", "aggiornat", "bijgewerkt", "uppdaterad", "oppdatert"];

    // What stands between the words of a date line: spaces, punctuation, separators and brackets; a colon only ends a
    // label ("Published:"), as it stands inside a time of day.
    private static readonly char[] Separators = [' ', ',', ';', '|', '·', '•', '–', '—', '-', '/', '(', ')', '[', ']', '@'];

    // What a byline sets between its parts (the name, the date, the paper): bars, bullets and dashes set apart by spaces.
    private static readonly string[] PartSeparators = ["|", "·", "•", " – ", " — ", " - "];

    /// <summary>
    /// The publication date a short text states, the label written before it and the text beside the dates; or
    /// <see langword="null"/>. Of several dates, the one labelled as published wins, else the first not labelled as an
    /// update ("Updated 6 March 2024, published 5 March 2024" gives 5 March). A label after the date speaks of what
    /// follows it ("5 March 2024, updated 3:45 p.m." is the publication).
    /// </summary>
    public static (DateOnly Date, string Label, string Beside)? Choose(string text)
    {
        var dates = MetadataDates.AllFromText(text);
        if (dates.Count == 0)
        {
            return null;
        }

        var rest = new StringBuilder();
        var labels = new string[dates.Count];
        var end = 0;
        for (var i = 0; i < dates.Count; i++)
        {
            labels[i] = text[end..dates[i].Index];
            rest.Append(labels[i]).Append(' ');
            end = dates[i].Index + dates[i].Length;
        }

        rest.Append(text[end..]);
        var pick = Array.FindIndex(labels, l => Says(l, PublishedWords));
        if (pick < 0)
        {
            pick = Math.Max(0, Array.FindIndex(labels, l => !Says(l, UpdateWords)));
        }

        return (dates[pick].Date, labels[pick], rest.ToString());
    }

    /// <summary>Whether the text beside a date is only labels, a weekday, a time of day, a zone and separators.</summary>
    public static bool IsOnlyLabels(string rest)
    {
        foreach (var word in rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = word.TrimEnd(':');
            if (token.Length > 0 && !Labels.Contains(token) && !IsClockTime(token) && !IsZoneOffset(token))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one name a short date line states beside its date ("Ilse Marr | March 5, 2024", "March 5, 2024 · Ilse Marr"),
    /// or <see langword="null"/>: the text beside the date, cut at the separators a byline sets between its parts, must be
    /// labels but for one part that reads as a name of two to four words. A line with more (a sentence, a place, a
    /// reading time) or a single word (a paper, a section) gives none.
    /// </summary>
    public static string? NameBeside(string beside)
    {
        string? name = null;
        foreach (var part in beside.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IsOnlyLabels(part))
            {
                continue;
            }

            if (name is not null || part.Count(c => c == ' ') is < 1 or > 3 || !OpensWithLetters(part) || !Bylines.LooksLikeName(part))
            {
                return null;
            }

            name = part;
        }

        return name;
    }

    // Every word of a name opens with a letter: ". Retrieved" (a reference's access date) is no name.
    private static bool OpensWithLetters(string part)
    {
        foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsLetter(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a short text is a line of the article's header and not of its story: a date with only labels beside it
    /// ("Published: 5 March 2024, 08:00 GMT") or with a name as its one other part ("Ilse Marr | March 5, 2024").
    /// </summary>
    public static bool IsHeaderLine(string text)
        => Choose(text) is { } chosen && (IsOnlyLabels(chosen.Beside) || NameBeside(chosen.Beside) is not null);

    /// <summary>Whether a label states the last change and not the publication ("Updated", "Aktualisiert am").</summary>
    public static bool IsUpdateLabel(string label) => Says(label, UpdateWords) && !Says(label, PublishedWords);

    private static bool Says(string label, string[] words)
    {
        foreach (var word in words)
        {
            if (label.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "8:00", "08.00", "8:00:30", "8:00am", "8am", "10h00" (as French writes it).
    private static bool IsClockTime(string token)
    {
        var t = token.EndsWith("am", StringComparison.OrdinalIgnoreCase) || token.EndsWith("pm", StringComparison.OrdinalIgnoreCase) ? token[..^2] : token;
        if (t.Length is 0 or > 8 || !char.IsAsciiDigit(t[0]))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 2)
                {
                    return false;
                }
            }
            else if (c is ':' or '.' or 'h' && digits > 0)
            {
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && (t.Length <= 2 ? t.Length != token.Length : t.AsSpan().IndexOfAny(":.h") >= 0);
    }

    // "+0100", "-05:00", "UTC+1".
    private static bool IsZoneOffset(string token)
    {
        var t = token.StartsWith("utc", StringComparison.OrdinalIgnoreCase) || token.StartsWith("gmt", StringComparison.OrdinalIgnoreCase) ? token[3..] : token;
        return t.Length is >= 2 and <= 6 && t[0] is '+' or '-' && t.Skip(1).All(c => char.IsAsciiDigit(c) || c == ':');
    }
}
