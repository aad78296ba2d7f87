using System.Reflection;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// The fixed glyph-name tables that font programs refer to by number: CFF's standard strings (Adobe TN 5176,
/// appendix A) and the Macintosh standard order of TrueType <c>post</c> tables (formats 1 and 2).
/// </summary>
internal static class StandardGlyphNames
{
    private static readonly Lazy<string[]> CffStrings = new(() => Load("cff-standard-strings"));
    private static readonly Lazy<string[]> MacintoshNames = new(() => Load("mac-glyph-names"));

    /// <summary>The 391 CFF standard strings, indexed by string id.</summary>
    public static string[] Cff => CffStrings.Value;

    /// <summary>The 258 glyph names of the Macintosh standard order, indexed by their number.</summary>
    public static string[] Macintosh => MacintoshNames.Value;

    private static string[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Ingest.Readers.Pdf.{name}.txt")!;
        using var reader = new StreamReader(stream);
        var names = new List<string>(400);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            names.Add(line);
        }

        return names.ToArray();
    }
}
