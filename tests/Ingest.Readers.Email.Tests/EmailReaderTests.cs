using System.Globalization;
using System.Text;
using Ingest.Readers.Email;
using Ingest.Readers.Html;

namespace Ingest.Readers.Email.Tests;

public sealed class EmailReaderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", "mixed", name);

    private static async Task<(Document Document, List<ChildSourceDocument> Children)> ReadAsync(EmailReader reader, byte[] bytes)
    {
        var source = new MemorySourceDocument(bytes, new Uri("file:///mail/m.eml"));
        var context = new ReadContext(source, "message/rfc822");
        Document document;
        await using (var stream = await source.OpenAsync())
        {
            document = await reader.ReadAsync(stream, context);
        }

        var children = new List<ChildSourceDocument>();
        await using (var stream = await source.OpenAsync())
        {
            await foreach (var child in reader.ReadChildrenAsync(stream, context))
            {
                children.Add(child);
            }
        }

        return (document, children);
    }

    [Fact]
    public async Task Headers_become_metadata_and_the_attachment_a_child_named_by_its_path()
    {
        var (document, children) = await ReadAsync(new EmailReader(), await File.ReadAllBytesAsync(Fixture("plain-with-docx.eml")));

        Assert.Equal("Joint statement", document.Metadata.Title);
        Assert.Equal(["Ana Ruiz"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2023, 9, 21), document.Metadata.Published);
        Assert.Contains("tom@example.org", document.Metadata.Extra["to"], StringComparison.Ordinal);
        Assert.EndsWith("@example.org", document.Metadata.Extra["messageId"], StringComparison.Ordinal);
        Assert.Equal(["Joint statement", "Please find the joint statement attached.", "Ana"], document.Blocks.Select(b => b.GetText(document)));
        var child = Assert.Single(children);
        Assert.Equal("attachments/1-statement.docx", child.Path);
        Assert.Equal(new Uri("file:///mail/m.eml/attachments/1-statement.docx"), child.Uri);
        Assert.Equal(".docx", child.Extension);
        Assert.Equal("PK"u8.ToArray(), (await ReadAllAsync(child))[..2]);
    }

    [Fact]
    public async Task The_html_body_goes_through_the_html_reader_and_attached_messages_are_children()
    {
        var reader = new EmailReader(new EmailReaderOptions(), new HtmlReader(new HtmlReaderOptions { ExtractMainContent = false }));

        var (document, children) = await ReadAsync(reader, await File.ReadAllBytesAsync(Fixture("html-with-attachments.eml")));

        // The HTML reader takes the page's h1 as its title, which the subject title block already gives.
        Assert.Equal(["Weekly digest", "The ceasefire held for a second week."], document.Blocks.Select(b => b.GetText(document)));
        Assert.Equal(["attachments/1-notes.txt", "attachments/2-forwarded.eml"], children.Select(c => c.Path));
        Assert.Equal("message/rfc822", children[1].MediaType);
    }

    [Fact]
    public async Task Without_an_html_reader_the_text_body_is_read()
    {
        var (document, _) = await ReadAsync(new EmailReader(), await File.ReadAllBytesAsync(Fixture("html-with-attachments.eml")));

        Assert.Equal("Weekly digest: the ceasefire held for a second week.", document.Blocks[1].GetText(document));
    }

    [Fact]
    public async Task A_mime_bomb_is_cut_at_the_part_and_depth_limits_with_warnings()
    {
        var wide = Multipart(2000, nested: false);
        var deep = Multipart(200, nested: true);
        var reader = new EmailReader(new EmailReaderOptions { MaxParts = 100, MaxNestingDepth = 20 });

        var (wideDocument, wideChildren) = await ReadAsync(reader, wide);
        var (deepDocument, _) = await ReadAsync(reader, deep);

        Assert.Contains(wideDocument.Diagnostics, d => d.Code == "email.too-many-parts");
        Assert.True(wideChildren.Count < 100);
        Assert.Contains(deepDocument.Diagnostics, d => d.Code == "email.nesting-limit");
    }

    [Fact]
    public async Task Attachment_names_cannot_climb_out_of_the_child_path()
    {
        var mail = "From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"../../etc/passwd\"\r\n\r\nx\r\n--b--\r\n";

        var (_, children) = await ReadAsync(new EmailReader(), Encoding.ASCII.GetBytes(mail));

        Assert.Equal("attachments/1-passwd", Assert.Single(children).Path);
    }

    private static byte[] Multipart(int count, bool nested)
    {
        var text = new StringBuilder("From: a@example.org\r\nSubject: bomb\r\nMIME-Version: 1.0\r\n");
        if (nested)
        {
            for (var i = 0; i < count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n");
            }

            text.Append("Content-Type: text/plain\r\n\r\ncore\r\n");
            for (var i = count - 1; i >= 0; i--)
            {
                text.Append(CultureInfo.InvariantCulture, $"--b{i}--\r\n");
            }
        }
        else
        {
            text.Append("Content-Type: multipart/mixed; boundary=b\r\n\r\n");
            for (var i = 0; i < count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=p{i}.txt\r\n\r\npart {i}\r\n");
            }

            text.Append("--b--\r\n");
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static async Task<byte[]> ReadAllAsync(SourceDocument source)
    {
        await using var stream = await source.OpenAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
