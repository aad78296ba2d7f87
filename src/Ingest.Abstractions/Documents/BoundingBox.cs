namespace Ingest;

/// <summary>A rectangle on a page in PDF user-space units (points, origin at the bottom left of the page).</summary>
/// <param name="Left">The left edge.</param>
/// <param name="Bottom">The bottom edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Top">The top edge.</param>
public readonly record struct BoundingBox(double Left, double Bottom, double Right, double Top)
{
    /// <summary>The width of the box.</summary>
    public double Width => Right - Left;

    /// <summary>The height of the box.</summary>
    public double Height => Top - Bottom;

    /// <summary>The smallest box that contains this box and <paramref name="other"/>.</summary>
    /// <param name="other">The other box.</param>
    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}
