namespace Ingest.Chunking;

/// <summary>The title and headings in effect at a point of a document, outermost first.</summary>
internal sealed class HeadingPath
{
    private readonly List<(int Level, string Text)> _stack = [];
    private string[]? _snapshot;

    /// <summary>Enters a heading: headings of its level or below end, it becomes the innermost.</summary>
    /// <param name="level">0 for the title, else the heading level.</param>
    /// <param name="text">The heading text.</param>
    public void Enter(int level, string text)
    {
        while (_stack.Count > 0 && _stack[^1].Level >= level)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        _stack.Add((level, text));
        _snapshot = null;
    }

    /// <summary>The path as it stands, shared between chunks until it changes.</summary>
    public IReadOnlyList<string> Snapshot() => _snapshot ??= _stack.Select(h => h.Text).ToArray();
}
