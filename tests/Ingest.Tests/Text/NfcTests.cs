using System.Text;
using Ingest.Text.Structure;

namespace Ingest.Tests.Text;

public sealed class NfcTests
{
    [Theory]
    [InlineData("plain ASCII text")]
    [InlineData("“quoted” – dashed … €5")]
    [InlineData("“Cafe\u0301” after stable punctuation")]
    [InlineData("\u2002 en space then e\u0301")]
    [InlineData("an em quad \u2001 (a singleton) and a\u20D0 (a combining mark past the punctuation)")]
    [InlineData("Ə and İ and Ä")]
    [InlineData("A\u030A and \u212B (angstrom sign)")]
    [InlineData("한국어 \u1100\u1161")]
    public void A_block_comes_out_in_form_c_and_is_copied_only_when_it_was_not(string text)
    {
        var normalized = Nfc.Normalize(text, []);

        var alreadyNormalized = text.IsNormalized(NormalizationForm.FormC);
        Assert.Equal(alreadyNormalized, normalized is null);
        Assert.Equal(text.Normalize(NormalizationForm.FormC), normalized ?? text);
    }
}
