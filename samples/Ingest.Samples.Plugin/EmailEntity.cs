using System.Text.Json;

namespace Ingest.Samples.Plugin;

/// <summary>An e-mail address found in the text; <c>value</c> is the address with its domain lower-cased.</summary>
public sealed class EmailEntity : Entity
{
    /// <summary>Creates an e-mail entity.</summary>
    /// <param name="start">The UTF-16 offset in the document text.</param>
    /// <param name="length">The length in UTF-16 code units.</param>
    /// <param name="text">The address as written.</param>
    /// <param name="localPart">The part before <c>@</c>.</param>
    /// <param name="domain">The domain, lower-case.</param>
    public EmailEntity(int start, int length, string text, string localPart, string domain)
        : base(start, length, text)
    {
        LocalPart = localPart;
        Domain = domain;
    }

    /// <inheritdoc />
    public override string Type => "email";

    /// <summary>The part before <c>@</c>, as written (it may be case-sensitive).</summary>
    public string LocalPart { get; }

    /// <summary>The domain, lower-case.</summary>
    public string Domain { get; }

    /// <summary>The normalized address.</summary>
    public string Address => LocalPart + "@" + Domain;

    /// <inheritdoc />
    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("value", Address);
        writer.WriteString("domain", Domain);
    }
}
