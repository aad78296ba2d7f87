namespace Ingest.Readers.Html.Extraction;

/// <summary>
/// Remembers what a class-name test answered for a class and id pair. Pages repeat the same few class names on
/// thousands of elements, and the answer depends on the names alone, so each distinct pair is matched once. One memo
/// per thread (no locking); it forgets everything when it reaches <see cref="Capacity"/> pairs, which bounds its memory.
/// </summary>
internal sealed class NameMatchMemo
{
    /// <summary>The most pairs remembered at once.</summary>
    public const int Capacity = 4096;

    private readonly Dictionary<(string ClassName, string Id), bool> _answers = new();

    /// <summary>The answer of <paramref name="test"/> for the pair, computed once per distinct pair.</summary>
    public bool Get(string className, string id, Func<string, string, bool> test)
    {
        var key = (className, id);
        if (_answers.TryGetValue(key, out var answer))
        {
            return answer;
        }

        if (_answers.Count >= Capacity)
        {
            _answers.Clear();
        }

        answer = test(className, id);
        _answers[key] = answer;
        return answer;
    }
}
