using System.Text.RegularExpressions;

namespace Ingest.Text.Boilerplate;

/// <summary>
/// Recognizes the short blocks that end articles without belonging to them: contact, subscription and membership
/// calls, share and follow prompts, "original article" and source lines, copyright notes; and social-media embed
/// residue (a name and an <c>@handle</c>) anywhere in the text.
/// </summary>
internal static partial class BoilerplateCues
{
    /// <summary>The longest block (in words) that can be a call to action or a footer line.</summary>
    public const int MaxCueWords = 20;

    /// <summary>Whether a short block is a call to action, contact note or footer line.</summary>
    public static bool IsTailCue(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim(" *_");
        if (trimmed.IsEmpty)
        {
            return false;
        }

        return StartCue().IsMatch(trimmed) || AnywhereCue().IsMatch(trimmed);
    }

    /// <summary>Whether a block is what remains of an embedded post: a name and an @handle, a bare handle, or a tweet signature.</summary>
    public static bool IsEmbedResidue(ReadOnlySpan<char> text)
    {
        if (text.Length > 160 || !EmbedHandle().IsMatch(text))
        {
            return false;
        }

        var words = 0;
        foreach (var c in text)
        {
            words += c == ' ' ? 1 : 0;
        }

        var trimmed = text.TrimEnd(' ');
        return words < 10 && trimmed[^1] is not ('.' or '!' or '?' or ',' or ';' or ':');
    }

    [GeneratedRegex(@"^(?:to contact|contact us|join us|join the|subscribe|sign up|follow us|share (?:this|on)\b|share$|original article|originally published|read (?:more|the original)|source\s*:|copyright|©|all rights reserved|related (?:articles|posts|stories|reading)|support us|donate|tags\s*:|filed under)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartCue();

    [GeneratedRegex(@"\b(?:join us|contact us|subscribe (?:to|now|here)|sign up (?:for|to|here)|all rights reserved|follow us on|share this (?:article|story|post|page)|donate (?:now|today)|become a (?:member|subscriber|supporter))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnywhereCue();

    [GeneratedRegex(@"(?:^|[\s(])@[A-Za-z0-9_]{2,30}\b|pic\.twitter\.com/|t\.co/", RegexOptions.CultureInvariant)]
    private static partial Regex EmbedHandle();
}
