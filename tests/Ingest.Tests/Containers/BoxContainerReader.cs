using System.Runtime.CompilerServices;
using System.Text;

namespace Ingest.Tests.Containers;

/// <summary>
/// A test container format: one child per line, <c>path|base64 content</c>. Its own document lists the paths; a line
/// <c>BROKEN</c> makes the listing of children throw after the children before it.
/// </summary>
internal sealed class BoxContainerReader : IContainerReader
{
    public static readonly DocumentFormat BoxFormat = new("text/x-box", ".box");

    public string Name => "box";

    public IReadOnlyList<DocumentFormat> Formats { get; } = [BoxFormat];

    public static byte[] Pack(params (string Path, byte[] Content)[] children)
        => Encoding.UTF8.GetBytes(string.Join('\n', children.Select(c => c.Path + "|" + Convert.ToBase64String(c.Content))));

    public static byte[] Pack(params (string Path, string Text)[] children)
        => Pack(children.Select(c => (c.Path, Encoding.UTF8.GetBytes(c.Text))).ToArray());

    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType);
        foreach (var line in await LinesAsync(content, cancellationToken))
        {
            builder.AddBlock(BlockKind.ListItem, line.Split('|')[0]);
        }

        return builder.Build();
    }

    public async IAsyncEnumerable<ChildSourceDocument> ReadChildrenAsync(Stream content, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var line in await LinesAsync(content, cancellationToken))
        {
            if (line == "BROKEN")
            {
                throw new InvalidDataException("the box is broken here");
            }

            var parts = line.Split('|');
            yield return new ChildSourceDocument(context.Source.Uri, parts[0], Convert.FromBase64String(parts[1]));
        }
    }

    private static async Task<string[]> LinesAsync(Stream content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
