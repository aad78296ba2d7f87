namespace Ingest.Readers.Office.Packaging;

/// <summary>
/// Buffers a package (the Open XML SDK needs a seekable stream) within the byte limit, recognises a
/// password-protected file (an OLE compound file holding an encrypted package) and checks the ZIP directory.
/// </summary>
internal static class PackageLoader
{
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static async ValueTask<MemoryStream> LoadAsync(Stream content, ReadContext context, OfficeReaderOptions options, string prefix, CancellationToken cancellationToken)
    {
        var capacity = context.Source.Length is { } length and > 0 and < int.MaxValue ? (int)length : 64 * 1024;
        var buffer = new MemoryStream(capacity);
        try
        {
            await content.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw new DocumentReadException($"{prefix}.read-failed", "The document could not be read: " + ex.Message, ex);
        }

        if (buffer.Length > context.MaxBytes)
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw new DocumentReadException($"{prefix}.too-large", $"The document is larger than the limit of {context.MaxBytes} bytes.");
        }

        if (buffer.GetBuffer().AsSpan(0, (int)buffer.Length).StartsWith(OleMagic))
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw new DocumentReadException($"{prefix}.encrypted", "The document is password-protected (an encrypted package in an OLE compound file) or in the legacy binary format.");
        }

        buffer.Position = 0;
        PackageGuard.Check(buffer, options, prefix);
        return buffer;
    }
}
