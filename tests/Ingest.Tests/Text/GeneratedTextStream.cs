using System.Text;

namespace Ingest.Tests.Text;

/// <summary>
/// A non-seekable stream of deterministic English-like text (wrapped lines, blank-line paragraphs), generated on the
/// fly so a 50 MB input costs no memory; calls <c>onRead</c> on every read so tests can sample the heap or cancel.
/// </summary>
internal sealed class GeneratedTextStream : Stream
{
    private static readonly string[] Words =
    [
        "the", "war", "between", "Armenia", "and", "Azerbaijan", "has", "turned", "entire", "region", "into", "a", "military",
        "powder", "keg", "workers", "of", "both", "countries", "paid", "with", "their", "blood", "for", "reactionary", "games",
        "leaders", "cease-fire", "negotiated", "in", "Moscow", "Ankara", "corridor", "peacekeepers", "über", "café", "naïve",
    ];

    private readonly long _length;
    private readonly Action? _onRead;
    private readonly byte[] _pending = new byte[256];
    private int _pendingStart;
    private int _pendingEnd;
    private long _produced;
    private uint _state = 2463534242;
    private int _wordsInSentence;
    private int _sentencesInParagraph;
    private int _lineLength;

    public GeneratedTextStream(long length, Action? onRead = null)
    {
        _length = length;
        _onRead = onRead;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        _onRead?.Invoke();
        var written = 0;
        while (written < buffer.Length && _produced < _length)
        {
            if (_pendingStart == _pendingEnd)
            {
                NextWord();
            }

            var n = (int)Math.Min(Math.Min(buffer.Length - written, _pendingEnd - _pendingStart), _length - _produced);
            _pending.AsSpan(_pendingStart, n).CopyTo(buffer[written..]);
            _pendingStart += n;
            written += n;
            _produced += n;
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void NextWord()
    {
        _state ^= _state << 13;
        _state ^= _state >> 17;
        _state ^= _state << 5;
        var word = Words[_state % (uint)Words.Length];
        var text = new StringBuilder();
        if (_wordsInSentence == 0)
        {
            text.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }
        else
        {
            text.Append(word);
        }

        _wordsInSentence++;
        if (_wordsInSentence >= 8 + (int)(_state % 10))
        {
            text.Append('.');
            _wordsInSentence = 0;
            _sentencesInParagraph++;
        }

        string separator;
        if (_wordsInSentence == 0 && _sentencesInParagraph >= 5)
        {
            separator = "\n\n";
            _sentencesInParagraph = 0;
            _lineLength = 0;
        }
        else if (_lineLength + text.Length > 72)
        {
            separator = "\n";
            _lineLength = 0;
        }
        else
        {
            separator = " ";
            _lineLength += text.Length + 1;
        }

        text.Append(separator);
        _pendingEnd = Encoding.UTF8.GetBytes(text.ToString(), _pending);
        _pendingStart = 0;
    }
}
