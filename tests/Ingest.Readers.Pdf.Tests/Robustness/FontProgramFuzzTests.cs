using Ingest.Readers.Pdf.Fonts;
using Ingest.Readers.Pdf.Tests.Support;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Robustness;

public sealed class FontProgramFuzzTests
{
    [Fact]
    public void Two_thousand_seeded_mutations_of_truetype_and_cff_programs_never_throw()
    {
        var trueType = FontProgramBuilder.TrueType(
            [
                (3, 0, FontProgramBuilder.Format4(new Dictionary<int, int> { [0xF041] = 1, [0xF042] = 2 })),
                (3, 1, FontProgramBuilder.Format4(new Dictionary<int, int> { ['H'] = 1, ['i'] = 2 })),
                (1, 0, FontProgramBuilder.Format0(new Dictionary<int, int> { [0x41] = 1 })),
            ],
            [".notdef", "H", "i"]);
        var cff = FontProgramBuilder.Cff(["H", "i", "uni0021"], [1, 2, 3], new Dictionary<string, int> { ["H"] = 41, ["i"] = 74 });
        var names = new string?[256];
        names[0x41] = "g1";
        names[0x42] = "i";
        var failures = new List<string>();
        for (var seed = 0; seed < 2000; seed++)
        {
            var input = InputMutator.Mutate(seed % 2 == 0 ? trueType : cff, seed);
            try
            {
                TrueTypeSimpleFontText.Fill(input, names, new string?[256]);
                TrueTypeCmapReader.ReadGlyphToUnicode(input);
                CffFontProgram.Parse(input);
            }
            catch (Exception ex)
            {
                failures.Add($"seed {seed}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(failures);
    }
}
