namespace Ingest.Orleans;

/// <summary>A partition of a batch; its text form (<c>batch/partition</c>) is the partition grain's key.</summary>
internal readonly record struct PartitionKey(string BatchId, int Partition)
{
    public override string ToString() => $"{BatchId}/{Partition}";

    public static PartitionKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return new PartitionKey(key[..slash], int.Parse(key.AsSpan(slash + 1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
