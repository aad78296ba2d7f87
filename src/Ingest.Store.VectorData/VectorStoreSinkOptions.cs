namespace Ingest.Store.VectorData;

/// <summary>Options of the vector-store sink.</summary>
public sealed class VectorStoreSinkOptions
{
    /// <summary>The collection the chunks are written to; created when missing. Default: <c>ingest-chunks</c>.</summary>
    public string CollectionName { get; set; } = "ingest-chunks";

    /// <summary>The number of dimensions of the embeddings the registered generator makes. Required.</summary>
    public int Dimensions { get; set; }

    /// <summary>How many chunks are embedded and written at once. Default: 32.</summary>
    public int BatchSize { get; set; } = 32;
}
