namespace Ingest.Normalizers.Dates;

/// <summary>What a parsed <see cref="DateSpec"/> holds.</summary>
internal enum DateSpecType : byte
{
    None,
    Point,
    Duration,
    Reference,
}
