namespace Ingest.Readers.Pdf.Content;

/// <summary>An affine transformation <c>[a b c d e f]</c>: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
/// <param name="A">a.</param>
/// <param name="B">b.</param>
/// <param name="C">c.</param>
/// <param name="D">d.</param>
/// <param name="E">e.</param>
/// <param name="F">f.</param>
internal readonly record struct PdfMatrix(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The identity.</summary>
    public static PdfMatrix Identity => new(1, 0, 0, 1, 0, 0);

    /// <summary>A translation.</summary>
    /// <param name="x">The x offset.</param>
    /// <param name="y">The y offset.</param>
    public static PdfMatrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>This transformation followed by <paramref name="other"/>.</summary>
    /// <param name="other">The transformation applied after this one.</param>
    public PdfMatrix Multiply(PdfMatrix other) => new(
        (A * other.A) + (B * other.C),
        (A * other.B) + (B * other.D),
        (C * other.A) + (D * other.C),
        (C * other.B) + (D * other.D),
        (E * other.A) + (F * other.C) + other.E,
        (E * other.B) + (F * other.D) + other.F);

    /// <summary>Transforms a point.</summary>
    /// <param name="x">x.</param>
    /// <param name="y">y.</param>
    public (double X, double Y) Transform(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    /// <summary>The length of the transformed x unit vector.</summary>
    public double XScale => Math.Sqrt((A * A) + (B * B));

    /// <summary>The length of the transformed y unit vector.</summary>
    public double YScale => Math.Sqrt((C * C) + (D * D));
}
