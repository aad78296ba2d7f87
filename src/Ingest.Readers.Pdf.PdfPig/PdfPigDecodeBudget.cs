using Ingest.Readers.Pdf.Limits;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// The memory bound of one document read by PdfPig: every stream PdfPig decodes is bounded by the reader's
/// <see cref="PdfReaderOptions.MaxStreamBytes"/> and by what is left of <see cref="PdfReaderOptions.MaxDecodedBytes"/>,
/// and its bytes, with the letters of each page read, are charged against the latter as the work grows.
/// </summary>
/// <remarks>
/// PdfPig catches some exceptions of the code it calls (a font it cannot load, a damaged object stream) and goes on, so
/// a limit reached inside it may never come out of it: the first one reached is kept here, and the reader throws it
/// after PdfPig returns (<see cref="ThrowIfExceeded"/>).
/// </remarks>
internal sealed class PdfPigDecodeBudget
{
    /// <summary>The code of a stream that decodes to more than <see cref="MaxStreamBytes"/>, as Ingest's engine names it.</summary>
    public const string StreamLimitCode = "pdf.limit.decompression";

    /// <summary>The code of a document whose decoded bytes and letters pass <see cref="MaxDecodedBytes"/>, as Ingest's engine names it.</summary>
    public const string MemoryLimitCode = "pdf.limit.memory";

    private long _charged;
    private PdfLimitExceededException? _exceeded;

    /// <summary>Creates a budget.</summary>
    /// <param name="maxStreamBytes">The most bytes one stream may decode to.</param>
    /// <param name="maxDecodedBytes">The most bytes the document's streams and letters may take together.</param>
    public PdfPigDecodeBudget(long maxStreamBytes, long maxDecodedBytes)
    {
        MaxStreamBytes = Math.Max(0, maxStreamBytes);
        MaxDecodedBytes = Math.Max(0, maxDecodedBytes);
    }

    /// <summary>The most bytes one stream may decode to.</summary>
    public long MaxStreamBytes { get; }

    /// <summary>The most bytes the document's streams and letters may take together.</summary>
    public long MaxDecodedBytes { get; }

    /// <summary>The bytes charged so far.</summary>
    public long Charged => Interlocked.Read(ref _charged);

    /// <summary>
    /// Runs <paramref name="decode"/> with the bound of the next stream (the stream limit or what is left of the
    /// document's, the smaller) and charges what it returns; throws <see cref="PdfLimitExceededException"/> past either.
    /// </summary>
    /// <param name="decode">Decodes one stream, throwing <see cref="PdfLimitExceededException"/> past the bound it is given.</param>
    public byte[] Decode(Func<long, byte[]> decode)
    {
        var left = MaxDecodedBytes - Charged;
        var bound = Math.Max(0, Math.Min(MaxStreamBytes, left));
        byte[] decoded;
        try
        {
            decoded = decode(bound);
        }
        catch (PdfLimitExceededException) when (left < MaxStreamBytes)
        {
            throw MemoryExceeded();
        }
        catch (PdfLimitExceededException)
        {
            throw Record(new PdfLimitExceededException(StreamLimitCode, $"A stream decodes to more than the limit of {MaxStreamBytes} bytes."));
        }

        Charge(decoded.Length);
        return decoded;
    }

    /// <summary>Charges <paramref name="bytes"/> against the document's bound; throws <see cref="PdfLimitExceededException"/> past it.</summary>
    /// <param name="bytes">The bytes decoded, or taken by letters.</param>
    public void Charge(long bytes)
    {
        if (Interlocked.Add(ref _charged, bytes) > MaxDecodedBytes)
        {
            throw MemoryExceeded();
        }
    }

    /// <summary>
    /// Throws the first limit reached since the last call, when PdfPig caught it and went on, and forgets it: a stream
    /// over its limit fails the read it was met in, not the later ones (the document's bound, once passed, fails each
    /// later read by itself).
    /// </summary>
    public void ThrowIfExceeded()
    {
        if (TakeExceeded() is { } exceeded)
        {
            throw new PdfLimitExceededException(exceeded.Code, exceeded.Message);
        }
    }

    /// <summary>The first limit reached since the last call, forgotten here; <see langword="null"/> for none.</summary>
    public PdfLimitExceededException? TakeExceeded() => Interlocked.Exchange(ref _exceeded, null);

    private PdfLimitExceededException MemoryExceeded()
        => Record(new PdfLimitExceededException(MemoryLimitCode, $"The streams PdfPig decoded and the letters it read took more than the memory bound of {MaxDecodedBytes} bytes."));

    private PdfLimitExceededException Record(PdfLimitExceededException exception)
    {
        Interlocked.CompareExchange(ref _exceeded, exception, null);
        return exception;
    }
}
