using System.Globalization;
using System.Text;

namespace Ingest.Readers.Office.Packaging;

/// <summary>
/// Records where each block came from as a part and element path (<c>/word/document.xml#/body/p[3]</c>) and writes
/// them to <see cref="DocumentMetadata.Extra"/> under <c>provenance</c>: one line per block, <c>index TAB path</c>,
/// because <see cref="Block"/> has no member for a path.
/// </summary>
internal sealed class BlockPaths
{
    public const string ExtraKey = "provenance";

    private readonly StringBuilder _lines = new();

    public void Add(DocumentBuilder builder, Block? block, string path)
    {
        if (block is null)
        {
            return;
        }

        _lines.Append((builder.Blocks.Count - 1).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(path).Append('\n');
    }

    public void WriteTo(DocumentMetadata metadata)
    {
        if (_lines.Length > 0)
        {
            metadata.Extra[ExtraKey] = _lines.ToString(0, _lines.Length - 1);
        }
    }
}
