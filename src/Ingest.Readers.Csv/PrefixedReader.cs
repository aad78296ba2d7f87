namespace Ingest.Readers.Csv;

/// <summary>A text reader that returns characters already read (the sniffed head) before the rest of an inner reader.</summary>
internal sealed class PrefixedReader : TextReader
{
    private readonly char[] _prefix;
    private readonly int _prefixLength;
    private readonly TextReader _inner;
    private int _position;

    public PrefixedReader(char[] prefix, int prefixLength, TextReader inner)
    {
        _prefix = prefix;
        _prefixLength = prefixLength;
        _inner = inner;
    }

    public override int Peek() => _position < _prefixLength ? _prefix[_position] : _inner.Peek();

    public override int Read() => _position < _prefixLength ? _prefix[_position++] : _inner.Read();
}
