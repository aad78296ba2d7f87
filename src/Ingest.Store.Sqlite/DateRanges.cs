namespace Ingest.Store.Sqlite;

/// <summary>
/// The date ranges of one document, merged where they overlap: a query asks whether any of a document's dates overlaps
/// a range, and a set of overlapping ranges overlaps it exactly when their union does, so one row stands for all.
/// Ranges compare as the stored ISO strings, as the query does.
/// </summary>
internal sealed class DateRanges
{
    private readonly List<(string Earliest, string Latest)> _ranges = [];
    private readonly List<(string Earliest, string Latest)> _merged = [];

    public void Clear() => _ranges.Clear();

    public void Add(string earliest, string latest)
    {
        if (string.CompareOrdinal(earliest, latest) <= 0)
        {
            _ranges.Add((earliest, latest));
        }
    }

    /// <summary>The merged ranges, ordered by their earliest day.</summary>
    public List<(string Earliest, string Latest)> Merge()
    {
        _merged.Clear();
        _ranges.Sort(static (a, b) => string.CompareOrdinal(a.Earliest, b.Earliest));
        foreach (var (earliest, latest) in _ranges)
        {
            if (_merged.Count > 0 && string.CompareOrdinal(earliest, _merged[^1].Latest) <= 0)
            {
                var last = _merged[^1];
                _merged[^1] = (last.Earliest, string.CompareOrdinal(latest, last.Latest) > 0 ? latest : last.Latest);
            }
            else
            {
                _merged.Add((earliest, latest));
            }
        }

        return _merged;
    }
}
