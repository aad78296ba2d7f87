namespace Ingest.Tests.Reliability;

/// <summary>
/// Adds one entity per word of the text, then, when <see cref="Repeat"/> is set, goes round again without end: a
/// normalizer whose entities would grow without bound if the document did not refuse them.
/// </summary>
internal sealed class WordNormalizer(string name, bool repeat = false) : IDocumentNormalizer
{
    public string Name => name;

    public bool Repeat => repeat;

    public int Added { get; private set; }

    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        do
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    document.Entities.Add(new WordEntity(start, i - start, text[start..i]));
                    Added++;
                    start = -1;
                }
            }
        }
        while (repeat);

        return ValueTask.CompletedTask;
    }
}
