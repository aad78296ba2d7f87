namespace Ingest.Readers.Pdf.Fonts;

/// <summary>The TeX text encodings <see cref="TexTextEncoding"/> knows.</summary>
internal enum TexTextLayout
{
    /// <summary>The Cork encoding of the EC/LM fonts (<c>\usepackage[T1]{fontenc}</c>).</summary>
    T1,

    /// <summary>The original Computer Modern text encoding.</summary>
    Ot1,
}
