namespace Ingest.Pipeline;

/// <summary>
/// The entity part of a document's memory budget: the pipeline bounds the document's entities at
/// <see cref="IngestOptions.MaxEntitiesPerDocument"/> before normalizing, and once a normalizer's addition was refused,
/// reports it and runs no further normalizer (whatever they found could not be kept).
/// </summary>
internal static class EntityBudget
{
    /// <summary>Bounds the entities of <paramref name="document"/>; what the reader already added is kept.</summary>
    public static void Apply(Document document, int limit) => document.EntityList.Limit = limit;

    /// <summary>
    /// After the normalizer at <paramref name="index"/> of <paramref name="normalizers"/> ran: an error diagnostic when
    /// it was refused an entity, naming the normalizers left out, else <see langword="null"/> (without allocating).
    /// </summary>
    public static Diagnostic? Check(Document document, IDocumentNormalizer[] normalizers, int index)
    {
        var list = document.EntityList;
        if (list.Refused == 0)
        {
            return null;
        }

        var rest = string.Join(", ", normalizers.Skip(index + 1).Select(n => n.Name));
        return new Diagnostic(
            DiagnosticSeverity.Error,
            "normalize.entity-limit",
            $"The document reached its limit of {list.Limit:N0} entities (IngestOptions.MaxEntitiesPerDocument) during the {normalizers[index].Name} normalizer; "
            + $"{list.Refused:N0} more were not kept" + (rest.Length == 0 ? "." : $" and the normalizers after it ({rest}) did not run."))
        {
            Stage = "normalize",
        };
    }
}
