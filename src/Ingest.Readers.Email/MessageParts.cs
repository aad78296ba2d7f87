using MimeKit;

namespace Ingest.Readers.Email;

/// <summary>
/// Walks the MIME tree within the part-count and depth limits and collects the attachments (parts marked as
/// attachments, and attached messages), reporting a limit reached as a diagnostic instead of walking on.
/// </summary>
internal static class MessageParts
{
    public static List<MimeEntity> Attachments(MimeMessage message, EmailReaderOptions options, List<Diagnostic> diagnostics)
    {
        var attachments = new List<MimeEntity>();
        var count = 0;
        Walk(message.Body, 1, options, attachments, ref count, diagnostics);
        return attachments;
    }

    private static void Walk(MimeEntity? entity, int depth, EmailReaderOptions options, List<MimeEntity> attachments, ref int count, List<Diagnostic> diagnostics)
    {
        if (entity is null)
        {
            return;
        }

        if (++count > options.MaxParts)
        {
            if (count == options.MaxParts + 1)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "email.too-many-parts", $"The message has more than {options.MaxParts} MIME parts; the rest were not read.") { Stage = "read" });
            }

            return;
        }

        if (depth > options.MaxNestingDepth)
        {
            if (!diagnostics.Exists(d => d.Code == "email.nesting-limit"))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "email.nesting-limit", $"The message nests MIME parts deeper than {options.MaxNestingDepth} levels; deeper parts were not read.") { Stage = "read" });
            }

            return;
        }

        switch (entity)
        {
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    Walk(child, depth + 1, options, attachments, ref count, diagnostics);
                }

                break;
            case MessagePart:
                attachments.Add(entity);
                break;
            case MimePart part when part.IsAttachment:
                attachments.Add(part);
                break;
        }
    }
}
