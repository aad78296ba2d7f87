using System.Text;
using Ingest.Readers.Pdf.Objects;
using Ingest.Readers.Pdf.Parsing;

namespace Ingest.Readers.Pdf.Tests.Parsing;

public sealed class PdfLexerTests
{
    private static PdfLexer Lex(string s) => new(Encoding.Latin1.GetBytes(s));

    [Fact]
    public void Splits_tokens_of_every_kind_and_skips_comments()
    {
        var lexer = Lex("<< /Type /Page % comment\n /N [1 -2.5 .5 +3] (str) <4142> true >> R");
        var kinds = new List<PdfTokenKind>();
        while (lexer.Next() is var k && k != PdfTokenKind.EndOfData)
        {
            kinds.Add(k);
        }

        Assert.Equal(
            [PdfTokenKind.DictionaryStart, PdfTokenKind.Name, PdfTokenKind.Name, PdfTokenKind.Name, PdfTokenKind.ArrayStart,
             PdfTokenKind.Integer, PdfTokenKind.Real, PdfTokenKind.Real, PdfTokenKind.Integer, PdfTokenKind.ArrayEnd,
             PdfTokenKind.LiteralString, PdfTokenKind.HexString, PdfTokenKind.Keyword, PdfTokenKind.DictionaryEnd, PdfTokenKind.Keyword],
            kinds);
    }

    [Theory]
    [InlineData("-2.5", -2.5)]
    [InlineData(".5", 0.5)]
    [InlineData("+3", 3)]
    [InlineData("5.", 5)]
    [InlineData("--4", 4)]
    public void Parses_numbers_leniently(string text, double expected)
    {
        var lexer = Lex(text);
        lexer.Next();
        Assert.Equal(expected, lexer.Number, 6);
    }

    [Fact]
    public void Decodes_literal_string_escapes_nested_parentheses_and_line_continuations()
    {
        var lexer = Lex("(a\\(b\\) (nested) \\101\\60x\\\ncontinued\\n\\\\)");
        Assert.Equal(PdfTokenKind.LiteralString, lexer.Next());
        Assert.Equal("a(b) (nested) A0xcontinued\n\\", Encoding.Latin1.GetString(lexer.StringValue()));
    }

    [Fact]
    public void Decodes_hex_strings_with_white_space_and_an_odd_last_digit()
    {
        var lexer = Lex("<48 65 6C6C 6F7>");
        lexer.Next();
        Assert.Equal(new byte[] { 0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x70 }, lexer.StringValue());
    }

    [Fact]
    public void Decodes_name_escapes()
    {
        var lexer = Lex("/A#20B#2Fc");
        lexer.Next();
        Assert.Equal("A B/c", lexer.NameValue());
    }

    [Fact]
    public void Parser_builds_dictionaries_arrays_and_references()
    {
        var parser = new PdfObjectParser(Lex("<< /Kids [3 0 R 4 0 R] /Count 2 /Name (x) /Flag true /Nested << /A 1.5 >> >>"));

        var dictionary = Assert.IsType<PdfDictionary>(parser.ParseObject());

        Assert.Equal(new PdfReference(3, 0), Assert.IsType<PdfArray>(dictionary["Kids"])[0]);
        Assert.Equal(2L, dictionary["Count"]);
        Assert.Equal(true, dictionary["Flag"]);
        Assert.Equal(1.5, Assert.IsType<PdfDictionary>(dictionary["Nested"])["A"]);
    }

    [Fact]
    public void Parser_refuses_nesting_beyond_its_limit_instead_of_overflowing_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var parser = new PdfObjectParser(Lex(deep));

        Assert.Throws<PdfFormatException>(() => parser.ParseObject());
    }
}
