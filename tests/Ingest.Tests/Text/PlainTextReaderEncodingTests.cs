using System.Text;

namespace Ingest.Tests.Text;

public sealed class PlainTextReaderEncodingTests
{
    private const string Sample = "Café crème\n\nNaïve façade, 5 € and “quotes”.";

    [Fact]
    public async Task Reads_empty_input_as_an_empty_document_with_a_diagnostic()
    {
        var document = await ReaderHarness.ReadAsync(Array.Empty<byte>());

        Assert.Equal(string.Empty, document.Text);
        Assert.Empty(document.Blocks);
        Assert.Contains(document.Diagnostics, d => d.Code == "text.empty");
    }

    [Fact]
    public async Task Reads_binary_garbage_without_throwing_and_flags_it()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);

        var document = await ReaderHarness.ReadAsync(bytes, seekable: false);

        Assert.Contains(document.Diagnostics, d => d.Code == "text.binary" && d.Severity == DiagnosticSeverity.Warning);
        Assert.DoesNotContain(document.Text, c => char.IsControl(c) && c != '\n');
        // Well-formed UTF-16: no lone surrogates (strict encoding would throw).
        Assert.NotEmpty(new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(document.Text));
    }

    [Fact]
    public async Task Decodes_invalid_utf8_as_windows_1252_with_a_diagnostic()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me\n\nNa\u00efve fa\u00e7ade.");
        bytes = [.. bytes, 0x80]; // the euro sign in windows-1252

        var document = await ReaderHarness.ReadAsync(bytes, seekable: false);

        Assert.Equal("Café crème\n\nNaïve façade.€", document.Text);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == "text.encoding.fallback");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("windows-1252", document.Metadata.Extra["encoding"]);
    }

    [Fact]
    public async Task Keeps_utf8_text_and_decodes_only_stray_bytes_with_the_fallback()
    {
        var bytes = Encoding.UTF8.GetBytes("Crème brûlée");
        bytes = [.. bytes, (byte)' ', 0xE9, (byte)'t', (byte)'\xe9'];

        var document = await ReaderHarness.ReadAsync(bytes);

        Assert.Equal("Crème brûlée été", document.Text);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(document.Diagnostics, d => d.Code == "text.encoding.fallback").Severity);
    }

    [Fact]
    public async Task Uses_the_configured_fallback_encoding()
    {
        var bytes = new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2 }; // "Привет" in windows-1251

        var document = await ReaderHarness.ReadAsync(bytes, new PlainTextReaderOptions { FallbackEncoding = "windows-1251" });

        Assert.Equal("Привет", document.Text);
    }

    [Fact]
    public void Rejects_a_fallback_encoding_that_is_not_a_single_byte_code_page()
    {
        Assert.Throws<ArgumentException>(() => new PlainTextReader(new PlainTextReaderOptions { FallbackEncoding = "utf-16" }));
        Assert.Throws<ArgumentException>(() => new PlainTextReader(new PlainTextReaderOptions { FallbackEncoding = "no-such-charset" }));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public async Task Decodes_text_with_a_byte_order_mark(string encodingName)
    {
        var encoding = EncodingFor(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();

        var document = await ReaderHarness.ReadAsync(bytes, seekable: false);

        Assert.Equal(Sample, document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task Decodes_utf16_without_a_byte_order_mark_from_the_detected_charset(string charset)
    {
        var bytes = EncodingFor(charset).GetBytes(Sample);

        var document = await ReaderHarness.ReadAsync(bytes, detectedCharset: charset);

        Assert.Equal(Sample, document.Text);
    }

    [Fact]
    public async Task Detects_utf16_without_a_byte_order_mark_or_hint_from_the_byte_pattern()
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes(Sample);

        var document = await ReaderHarness.ReadAsync(bytes);

        Assert.Equal(Sample, document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "text.encoding.detected");
    }

    [Fact]
    public async Task Uses_the_source_charset_when_there_is_no_byte_order_mark()
    {
        var bytes = Encoding.Latin1.GetBytes("Grüße aus Köln");

        var document = await ReaderHarness.ReadAsync(bytes, sourceCharset: "iso-8859-1");

        Assert.Equal("Grüße aus Köln", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "text.encoding.fallback");
    }

    [Fact]
    public async Task Ignores_an_unknown_charset_with_a_warning()
    {
        var document = await ReaderHarness.ReadAsync(Encoding.UTF8.GetBytes("Grüße"), sourceCharset: "x-unknown-thing");

        Assert.Equal("Grüße", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "text.encoding.unknown-charset");
    }

    [Theory]
    [InlineData("First line\r\nsame paragraph.\r\n\r\nSecond paragraph.\r\n")]
    [InlineData("First line\rsame paragraph.\r\rSecond paragraph.\r")]
    [InlineData("First line\nsame paragraph.\n\nSecond paragraph.")]
    public async Task Normalizes_line_endings(string text)
    {
        var document = await ReaderHarness.ReadAsync(Encoding.UTF8.GetBytes(text), seekable: false);

        Assert.Equal("First line same paragraph.\n\nSecond paragraph.", document.Text);
        Assert.DoesNotContain('\r', document.Text);
    }

    [Fact]
    public async Task Gives_source_ranges_in_the_decoded_text_before_line_endings_are_normalized()
    {
        const string text = "\r\nFirst paragraph\r\nis here.\r\n\r\nSecond one.";

        var document = await ReaderHarness.ReadAsync(text, new PlainTextReaderOptions { DetectHead = false });

        Assert.Equal(new SourceRange(2, 25), document.Blocks[0].SourceRange);
        Assert.Equal("First paragraph\r\nis here.", text.Substring(2, 25));
        Assert.Equal(new SourceRange(31, 11), document.Blocks[1].SourceRange);
    }

    [Fact]
    public async Task Composes_text_to_nfc()
    {
        var document = await ReaderHarness.ReadAsync("Cafe\u0301 and [re\u0301sume\u0301](https://example.com/cv) here.");

        Assert.Equal("Café and résumé here.", document.Text);
        Assert.True(document.Text.IsNormalized(NormalizationForm.FormC));
        var link = Assert.IsType<LinkEntity>(Assert.Single(document.Entities));
        Assert.Equal("résumé", document.Text.Substring(link.Start, link.Length));
    }

    [Fact]
    public async Task Removes_nul_and_control_characters_with_a_diagnostic()
    {
        var document = await ReaderHarness.ReadAsync("Hel\0lo\u0007 wor\u001Bld.\u0085Next line\u00A0here.");

        Assert.Equal("Hello world. Next line here.", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "text.control-characters" && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public async Task Decodes_multibyte_characters_split_across_reads()
    {
        var text = string.Concat(Enumerable.Repeat("Ünïcödé 🎉 текст ", 50));

        var document = await ReaderHarness.ReadAsync(Encoding.UTF8.GetBytes(text), seekable: false);

        Assert.Equal(text.TrimEnd(), document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code.StartsWith("text.encoding", StringComparison.Ordinal));
    }

    private static Encoding EncodingFor(string name) => name.ToLowerInvariant() switch
    {
        "utf-8" => new UTF8Encoding(true),
        "utf-16le" => new UnicodeEncoding(false, true),
        "utf-16be" => new UnicodeEncoding(true, true),
        "utf-32le" => new UTF32Encoding(false, true),
        "utf-32be" => new UTF32Encoding(true, true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
