namespace Ingest.Readers.Pdf.Collections;

/// <summary>An order of indices for <see cref="PdfIndexSort"/>; equal indices may compare equal (a tie).</summary>
internal interface IPdfIndexOrder
{
    /// <summary>Negative when index <paramref name="x"/> comes first, positive when <paramref name="y"/> does, 0 for a tie.</summary>
    /// <param name="x">An index.</param>
    /// <param name="y">Another index.</param>
    int Compare(int x, int y);
}
