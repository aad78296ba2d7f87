namespace Ingest.Orleans.Tests;

/// <summary>The cluster tests run one at a time: the silos share this process and its static settings.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<SharedCluster>
{
    public const string Name = "cluster";
}
