namespace Ingest;

/// <summary>An entity was added to a document that already holds as many as its limit allows (see <see cref="EntityList"/>).</summary>
internal sealed class EntityLimitExceededException : InvalidOperationException
{
    public EntityLimitExceededException(int limit)
        : base($"The document already holds {limit:N0} entities, the most allowed (IngestOptions.MaxEntitiesPerDocument).")
    {
    }

    public EntityLimitExceededException()
    {
    }

    public EntityLimitExceededException(string message)
        : base(message)
    {
    }

    public EntityLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
