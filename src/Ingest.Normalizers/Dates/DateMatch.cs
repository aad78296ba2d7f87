namespace Ingest.Normalizers.Dates;

/// <summary>A recognised expression: its token span and its value, or both ends of a range.</summary>
internal struct DateMatch
{
    public int First;
    public int End;
    public DateSpec Start;
    public DateSpec Finish;
    public bool IsRange;
}
