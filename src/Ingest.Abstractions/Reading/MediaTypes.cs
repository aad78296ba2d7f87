namespace Ingest;

/// <summary>Media types that Ingest detects by content.</summary>
public static class MediaTypes
{
    /// <summary><c>text/plain</c>.</summary>
    public const string PlainText = "text/plain";

    /// <summary><c>text/html</c>.</summary>
    public const string Html = "text/html";

    /// <summary><c>application/pdf</c>.</summary>
    public const string Pdf = "application/pdf";

    /// <summary><c>application/octet-stream</c>: binary content of no known format.</summary>
    public const string OctetStream = "application/octet-stream";
}
