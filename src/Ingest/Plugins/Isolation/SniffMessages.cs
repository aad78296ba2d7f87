using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// The messages of content detection by a plugin reader that is an <see cref="IFormatSniffer"/>, run in its worker:
/// the host sends the reader's index, what the built-in detection found and the document's first bytes; the worker
/// answers with the media type the sniffer returned (or none; a sniffer that throws answers none).
/// </summary>
internal static class SniffMessages
{
    public static async ValueTask WriteRequestAsync(Stream output, int reader, byte[] head, string detectedMediaType, CancellationToken cancellationToken)
    {
        await WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("sniffer", reader);
            w.WriteString("detected", detectedMediaType);
            w.WriteBase64String("head", head);
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>In the worker: asks the sniffer named by <paramref name="header"/> and answers.</summary>
    public static async ValueTask AnswerAsync(JsonElement header, IDocumentReader[] readers, Stream output)
    {
        string? mediaType = null;
        try
        {
            if (readers[header.GetProperty("sniffer").GetInt32()] is IFormatSniffer sniffer)
            {
                mediaType = sniffer.Sniff(header.GetProperty("head").GetBytesFromBase64(), header.GetProperty("detected").GetString()!);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // As in process: a sniffer that throws is skipped.
        }

        await WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("sniffed", mediaType);
            w.WriteEndObject();
        }, CancellationToken.None).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>The sniffer's answer (<c>Answered</c> false when the pipe ended).</summary>
    public static async ValueTask<(bool Answered, string? MediaType)> ReadAnswerAsync(Stream input, CancellationToken cancellationToken)
    {
        if (await WireFrames.ReadAsync(input, cancellationToken).ConfigureAwait(false) is not { } frame)
        {
            return (false, null);
        }

        using var json = JsonDocument.Parse(frame);
        return (true, json.RootElement.GetProperty("sniffed").GetString());
    }
}
