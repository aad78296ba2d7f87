using System.Text;

namespace Ingest.Readers.Markdown;

/// <summary>Reads the whole content as text within the byte limit: a byte-order mark wins, then the detected charset, then UTF-8.</summary>
internal static class TextDecoding
{
    public static async ValueTask<string> ReadAllAsync(Stream content, ReadContext context, string prefix, CancellationToken cancellationToken)
    {
        var encoding = Encoding.UTF8;
        var charset = context.DetectedCharset ?? context.Source.Charset;
        if (charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }

        try
        {
            using var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
            var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException($"{prefix}.read-failed", "The document could not be read: " + ex.Message, ex);
        }
    }
}
