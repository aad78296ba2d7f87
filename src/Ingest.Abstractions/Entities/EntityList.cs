using System.Collections.ObjectModel;

namespace Ingest;

/// <summary>
/// The entities of one document, bounded: once <see cref="Limit"/> entities are held, adding another throws
/// <see cref="EntityLimitExceededException"/> and is counted in <see cref="Refused"/>, so a normalizer that finds
/// millions of entities stops growing the document instead of the process. The pipeline sets the limit
/// (<c>IngestOptions.MaxEntitiesPerDocument</c>) before the first normalizer runs and reports a refusal.
/// </summary>
internal sealed class EntityList : Collection<Entity>
{
    /// <summary>The most entities the document may hold; unbounded until the pipeline sets it.</summary>
    public int Limit { get; set; } = int.MaxValue;

    /// <summary>How many additions were refused because the list was full.</summary>
    public int Refused { get; private set; }

    /// <summary>Counts additions refused elsewhere for this document (in a plugin worker, on its copy).</summary>
    public void CountRefused(int count) => Refused += count;

    protected override void InsertItem(int index, Entity item)
    {
        if (Count >= Limit)
        {
            Refused++;
            throw new EntityLimitExceededException(Limit);
        }

        base.InsertItem(index, item);
    }
}
