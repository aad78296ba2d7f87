namespace Ingest.Orleans;

/// <summary>Diagnostic codes of results written by the cluster itself.</summary>
public static class ClusterDiagnosticCodes
{
    /// <summary>A document failed for good: every attempt hung past the attempt timeout, crashed, or lost its worker.</summary>
    public const string AttemptsExhausted = "cluster.attempts-exhausted";
}
