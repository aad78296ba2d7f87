namespace Ingest.Normalizers.Dates;

/// <summary>
/// The point found at one token of a line (see <c>DateParser.TryPoint</c>), kept so that a range reading the same
/// start again, at its left end or as the right end of an earlier attempt, does not run the rules twice.
/// </summary>
internal struct PointMemo
{
    // The line the entry belongs to (DateParser counts lines from 1), so entries never need clearing.
    public int Line;

    public bool InRange;

    // Whether a rule read the range flag: only then can the other flag give another point.
    public bool ReadsInRange;

    public bool Found;
    public int End;
    public DateSpec Spec;
}
