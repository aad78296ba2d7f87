using System.Text;

namespace Ingest.Chunking.Tests;

/// <summary>Builds small documents block by block for tests.</summary>
internal sealed class TestDocuments
{
    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];

    public TestDocuments Add(BlockKind kind, string text, int? level = null, int? page = null)
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _blocks.Add(new Block(kind, _text.Length, text.Length)
        {
            Level = level,
            Page = page,
            Bounds = page is null ? null : new BoundingBox(72, 100, 540, 120),
            SourceRange = new SourceRange(_text.Length, text.Length),
        });
        _text.Append(text);
        return this;
    }

    public Document Build() => new(new Uri("memory://test"), "text/plain", _text.ToString(), _blocks, new DocumentMetadata());

    public static string Sentences(int count, string topic) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"The {topic} report number {i} was filed on time by the committee."));
}
