namespace Ingest.Store.Sqlite;

/// <summary>Cosine similarity of a query vector and a stored embedding.</summary>
internal static class CosineSimilarity
{
    public static double Of(ReadOnlySpan<float> query, ReadOnlySpan<float> stored)
    {
        if (query.Length != stored.Length || query.IsEmpty)
        {
            return double.NegativeInfinity;
        }

        double dot = 0, queryNorm = 0, storedNorm = 0;
        for (var i = 0; i < query.Length; i++)
        {
            dot += query[i] * stored[i];
            queryNorm += query[i] * query[i];
            storedNorm += stored[i] * stored[i];
        }

        return queryNorm == 0 || storedNorm == 0 ? 0 : dot / Math.Sqrt(queryNorm * storedNorm);
    }
}
