using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Readers.Office.Word;

/// <summary>
/// The structural role each paragraph style gives: a heading level (from the built-in <c>heading N</c> names or an
/// outline level, followed through <c>basedOn</c>), the title, or a list (a style with numbering).
/// </summary>
internal sealed class WordStyles
{
    private const int MaxBasedOnDepth = 16;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleRole> _roles = new(StringComparer.Ordinal);

    public WordStyles(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    public StyleRole RoleOf(string? styleId)
    {
        if (styleId is null)
        {
            return default;
        }

        if (!_roles.TryGetValue(styleId, out var role))
        {
            role = Resolve(styleId, 0);
            _roles[styleId] = role;
        }

        return role;
    }

    private StyleRole Resolve(string styleId, int depth)
    {
        if (!_byId.TryGetValue(styleId, out var style))
        {
            return FromName(styleId, null, false);
        }

        var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
        var numbered = style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is > 0;
        var role = FromName(style.StyleName?.Val?.Value ?? styleId, outline, numbered);
        if (role.HeadingLevel is null && !role.IsTitle && style.BasedOn?.Val?.Value is { } parent && depth < MaxBasedOnDepth)
        {
            var inherited = Resolve(parent, depth + 1);
            role = role with { HeadingLevel = inherited.HeadingLevel, IsTitle = inherited.IsTitle, IsList = role.IsList || inherited.IsList };
        }

        return role;
    }

    private static StyleRole FromName(string name, int? outlineLevel, bool numbered)
    {
        var trimmed = name.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (trimmed.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return new StyleRole(null, true, false);
        }

        if (trimmed.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(trimmed.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level)
            && level is >= 1 and <= 9)
        {
            return new StyleRole(level, false, false);
        }

        // Outline level 9 is body text; 0-8 are heading levels 1-9.
        return outlineLevel is >= 0 and <= 8 ? new StyleRole(outlineLevel + 1, false, false) : new StyleRole(null, false, numbered);
    }
}
