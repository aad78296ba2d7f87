namespace Ingest.Sources.Files;

/// <summary>
/// The <c>file:</c> URI of a path that round-trips: every path segment is escaped, so a name that contains
/// <c>%41</c> or <c>#</c> keeps it (<c>pct%41.txt</c> becomes <c>pct%2541.txt</c> in the URI, and
/// <see cref="Uri.LocalPath"/> gives back <c>pct%41.txt</c>), where <c>new Uri(path)</c> would decode it to another name.
/// </summary>
internal static class FileUri
{
    public static Uri From(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            var segments = fullPath.Replace('\\', '/').Split('/');
            return new Uri("file:///" + string.Join('/', segments.Select((s, i) => i == 0 ? s : Uri.EscapeDataString(s))));
        }

        return new Uri("file://" + string.Join('/', fullPath.Split('/').Select(Uri.EscapeDataString)));
    }
}
