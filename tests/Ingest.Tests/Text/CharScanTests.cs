using System.Buffers;
using Ingest.Text;

namespace Ingest.Tests.Text;

public sealed class CharScanTests
{
    // The sets as the reader defined them before the vector scans, written out character by character.
    private static readonly SearchValues<char> LineSpecial = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u2028\u2029\uFEFF\uFFFD\uFFFE\uFFFF");

    private static readonly SearchValues<char> Markers = SearchValues.Create("\\`[*_~<!");

    private static readonly SearchValues<char> RunBreaks = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\v\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
        + "\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    public static TheoryData<string> Sets => new() { "line", "marker", "run" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Tests_every_code_unit_as_the_set_written_out_does(string set)
    {
        var (reference, contains, _) = Scan(set);
        var members = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(reference.Contains((char)c) == contains((char)c), $"U+{c:X4}");
            members += contains((char)c) ? 1 : 0;
        }

        Assert.Equal(set switch { "line" => 70, "marker" => 8, _ => 51 }, members);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Finds_every_code_unit_at_every_place_of_a_vector_and_its_tail(string set)
    {
        var (reference, _, indexOf) = Scan(set);

        // Fillers outside every set: printable ASCII (the fast path) and a non-ASCII letter (the full test).
        foreach (var filler in new[] { 'a', 'é' })
        {
            var text = new char[21];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var expected = reference.Contains((char)c);
                foreach (var place in new[] { 0, 3, 7, 8, 12, 15, 16, 20 })
                {
                    Array.Fill(text, filler);
                    text[place] = (char)c;
                    var found = indexOf(text);
                    if (found != (expected ? place : -1))
                    {
                        Assert.Fail($"U+{c:X4} at {place} among '{filler}': found at {found}");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Finds_the_first_of_several_and_nothing_in_short_or_empty_text(string set)
    {
        var (reference, _, indexOf) = Scan(set);
        var random = new Random(21);
        var pool = "abc XYZ 123.,;:é€日\u00A0\t\n\r\u0000\u0085\u2028\uFEFF\uFFFD*_[<!~`\\\u3000\u2005\u009F\u007F".ToCharArray();
        for (var round = 0; round < 5000; round++)
        {
            var text = new char[random.Next(0, 40)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = random.Next(4) == 0 ? pool[random.Next(pool.Length)] : (char)('a' + random.Next(26));
            }

            Assert.Equal(text.AsSpan().IndexOfAny(reference), indexOf(text));
        }

        Assert.Equal(-1, indexOf([]));
    }

    private static (SearchValues<char> Reference, Func<char, bool> Contains, Func<char[], int> IndexOf) Scan(string set) => set switch
    {
        "line" => (LineSpecial, CharScan.IsLineSpecial, t => CharScan.IndexOfLineSpecial(t)),
        "marker" => (Markers, CharScan.IsMarker, t => CharScan.IndexOfMarker(t)),
        _ => (RunBreaks, CharScan.IsRunBreak, t => CharScan.IndexOfRunBreak(t)),
    };
}
