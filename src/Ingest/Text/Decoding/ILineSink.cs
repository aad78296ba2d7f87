namespace Ingest.Text.Decoding;

/// <summary>Receives the lines of the decoded text.</summary>
internal interface ILineSink
{
    /// <summary>One line, cleaned of control characters, without its terminator.</summary>
    /// <param name="line">The line's characters; only valid during the call.</param>
    /// <param name="sourceStart">The offset of the line in the decoded text.</param>
    /// <param name="sourceEnd">The offset of the line's terminator (or the end) in the decoded text.</param>
    void AddLine(ReadOnlySpan<char> line, long sourceStart, long sourceEnd);

    /// <summary>The text has ended.</summary>
    void Complete();
}
