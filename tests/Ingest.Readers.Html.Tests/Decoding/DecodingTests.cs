using System.Text;
using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Decoding;

public sealed class DecodingTests
{
    static DecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Reads_utf8_with_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<p>Żółw İlham Əliyev</p>")).ToArray();

        var document = await ReadPageAsync(bytes);

        Assert.Equal("Żółw İlham Əliyev", document.Text);
        Assert.Equal("utf-8", document.Metadata.Extra["charset"]);
    }

    [Fact]
    public async Task Reads_utf16_little_endian_from_its_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body><p>Ереван</p></body></html>")).ToArray();

        var document = await ReadPageAsync(bytes);

        Assert.Equal("Ереван", document.Text);
    }

    [Fact]
    public async Task Uses_the_meta_charset_declaration()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>t</title></head><body><p>Нагорный Карабах</p></body></html>";
        var bytes = Encoding.GetEncoding(1251).GetBytes(html);

        var document = await ReadPageAsync(bytes);

        Assert.Equal("Нагорный Карабах", document.Text);
    }

    [Fact]
    public async Task Uses_the_http_equiv_content_type_declaration()
    {
        var html = "<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-2'></head><body><p>Łódź</p></body></html>";
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(html);

        var document = await ReadPageAsync(bytes);

        Assert.Equal("Łódź", document.Text);
    }

    [Fact]
    public async Task The_transport_charset_wins_over_the_page_declaration()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>caf\u00e9 cr\u00e8me</p></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);

        var document = await HtmlPages.ReadAsync(bytes, new HtmlReaderOptions { ExtractMainContent = false, IncludeTitle = false }, charset: "iso-8859-1");

        Assert.Equal("café crème", document.Text);
    }

    [Fact]
    public async Task Falls_back_to_windows_1252_when_the_bytes_are_not_utf8()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><body><p>\u201cNa\u00efve\u201d \u20ac5 caf\u00e9</p></body></html>");

        var document = await ReadPageAsync(bytes);

        Assert.Equal("\u201cNa\u00efve\u201d \u20ac5 caf\u00e9", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.encoding.fallback");
    }

    [Fact]
    public async Task Reads_undeclared_utf8_as_utf8()
    {
        var document = await ReadPageAsync(Encoding.UTF8.GetBytes("<p>Шуша — Shusha</p>"));

        Assert.Equal("Шуша — Shusha", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "html.encoding.fallback");
    }

    [Fact]
    public async Task Decodes_named_and_numeric_entities()
    {
        var document = await HtmlPages.ReadPageTextAsync("<p>Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#8364;10 &#x2014; &quot;ok&quot; &copy</p>");

        Assert.Equal("Tom & Jerry <3 été €10 — \"ok\" ©", document.Text);
    }

    private static Task<Document> ReadPageAsync(byte[] bytes)
        => HtmlPages.ReadAsync(bytes, new HtmlReaderOptions { ExtractMainContent = false, IncludeTitle = false });
}
