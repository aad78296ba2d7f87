using System.Text;
using Ingest.Readers.Pdf.Security;
using Ingest.Readers.Pdf.Tests.Support;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Security;

/// <summary>Files encrypted by qpdf (tests/Fixtures/pdf/encrypted/make-encrypted.sh) under revisions 2, 3, 4 and 6.</summary>
public sealed class EncryptionTests
{
    public static TheoryData<string> Ciphers() => new() { "rc4-40", "rc4-128", "aes-128", "aes-256" };

    private static string Reference => File.ReadAllText(PdfTestReading.FixturePath("003_d83d9bb4bc8cd208.txt"));

    private static Document ReadEncrypted(string name, string? password = null)
        => PdfTestReading.ReadFixture(Path.Combine("pdf", "encrypted", name + ".pdf"), new PdfReaderOptions { Password = password });

    [Theory]
    [MemberData(nameof(Ciphers))]
    public void Opens_files_with_an_empty_user_password_without_being_given_one(string cipher)
    {
        var document = ReadEncrypted(cipher + "-empty");

        Assert.True(WordMetrics.Score(document.Text, Reference).F1 >= 0.995);
        Assert.StartsWith("LibreOffice", document.Metadata.Extra["producer"]);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.encrypted.decrypted");
    }

    [Theory]
    [MemberData(nameof(Ciphers))]
    public void Asks_for_the_password_with_a_clear_code_when_one_is_needed(string cipher)
    {
        var ex = Assert.Throws<DocumentReadException>(() => ReadEncrypted(cipher + "-user"));

        Assert.Equal("pdf.encrypted.password-required", ex.Code);
    }

    [Theory]
    [MemberData(nameof(Ciphers))]
    public void Opens_files_with_the_user_password(string cipher)
    {
        var document = ReadEncrypted(cipher + "-user", "secret");

        Assert.True(WordMetrics.Score(document.Text, Reference).F1 >= 0.995);
    }

    [Theory]
    [MemberData(nameof(Ciphers))]
    public void Opens_files_with_the_owner_password(string cipher)
    {
        var document = ReadEncrypted(cipher + "-user", "owner");

        Assert.True(WordMetrics.Score(document.Text, Reference).F1 >= 0.995);
    }

    [Theory]
    [MemberData(nameof(Ciphers))]
    public void Rejects_a_wrong_password(string cipher)
    {
        var ex = Assert.Throws<DocumentReadException>(() => ReadEncrypted(cipher + "-user", "wrong"));

        Assert.Equal("pdf.encrypted.password-required", ex.Code);
    }

    [Fact]
    public void Rc4_matches_the_published_test_vector()
    {
        var output = Rc4.Transform(Encoding.ASCII.GetBytes("Key"), Encoding.ASCII.GetBytes("Plaintext"));

        Assert.Equal("BBF316E8D940AF0AD3", Convert.ToHexString(output));
    }
}
