using System.Globalization;
using MimeKit;

namespace Ingest.Readers.Email;

/// <summary>Copies the message headers into the metadata: subject as title, senders as authors, date, and the rest in Extra.</summary>
internal static class MessageMetadata
{
    public static void Fill(MimeMessage message, DocumentMetadata metadata)
    {
        metadata.Title = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim();
        foreach (var sender in message.From.Mailboxes)
        {
            metadata.Authors.Add(string.IsNullOrWhiteSpace(sender.Name) ? sender.Address : sender.Name);
        }

        if (message.Date != DateTimeOffset.MinValue)
        {
            metadata.Published = DateOnly.FromDateTime(message.Date.UtcDateTime);
            metadata.Extra["date"] = message.Date.ToString("O", CultureInfo.InvariantCulture);
        }

        Put(metadata, "from", message.From.ToString());
        Put(metadata, "to", message.To.ToString());
        Put(metadata, "cc", message.Cc.ToString());
        Put(metadata, "messageId", message.MessageId);
        Put(metadata, "inReplyTo", message.InReplyTo);
        if (message.Headers[HeaderId.ContentLanguage] is { Length: > 0 } language)
        {
            metadata.Language = language.Split(',')[0].Trim();
        }
    }

    private static void Put(DocumentMetadata metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata.Extra[key] = value.Trim();
        }
    }
}
