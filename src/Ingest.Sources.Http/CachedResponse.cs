namespace Ingest.Sources.Http;

/// <summary>A response body kept for revalidation, with its validators and content type.</summary>
internal sealed record CachedResponse(byte[] Content, string? ETag, DateTimeOffset? LastModified, string? MediaType, string? Charset);
