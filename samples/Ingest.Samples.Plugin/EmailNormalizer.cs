using System.Text.RegularExpressions;

namespace Ingest.Samples.Plugin;

/// <summary>
/// Finds e-mail addresses in the document text and adds them as <see cref="EmailEntity"/> annotations
/// (entity type <c>email</c>), a kind the built-in normalizers do not produce.
/// </summary>
public sealed partial class EmailNormalizer : IDocumentNormalizer
{
    /// <inheritdoc />
    public string Name => "emails";

    /// <inheritdoc />
    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            foreach (var match in Address().EnumerateMatches(document.Text))
            {
                var text = document.Text.Substring(match.Index, match.Length);
                var at = text.LastIndexOf('@');
                document.Entities.Add(new EmailEntity(match.Index, match.Length, text, text[..at], text[(at + 1)..].ToLowerInvariant()));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "emails.timeout", "Looking for e-mail addresses took too long; some may be missing."));
        }

        return ValueTask.CompletedTask;
    }

    // Local part: dot-atoms; domain: labels of letters, digits and hyphens with a top-level label of 2+ letters.
    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![\w-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();
}
