using System.Text.Encodings.Web;

namespace Ingest.Normalizers.Names;

/// <summary>
/// Holds the <see cref="NameJsonForms"/> last encoded for one entity, shared by all its mentions in a document: the
/// first mention written encodes them, the others reuse them while the writer's encoder is the same.
/// </summary>
/// <remarks>
/// Mentions may be written from several threads at once (one sink each); the cached forms are immutable and replaced
/// whole, so a race only encodes the same texts twice.
/// </remarks>
internal sealed class NameJsonCache
{
    private NameJsonForms? _forms;

    /// <summary>Returns the shared texts of <paramref name="entity"/> encoded with <paramref name="encoder"/>.</summary>
    /// <param name="entity">A mention of the entity this cache belongs to.</param>
    /// <param name="encoder">The writer's encoder, <see langword="null"/> for the default one.</param>
    public NameJsonForms For(NameEntity entity, JavaScriptEncoder? encoder)
    {
        var forms = Volatile.Read(ref _forms);
        if (forms is null || !ReferenceEquals(forms.Encoder, encoder))
        {
            forms = NameJsonForms.Encode(entity, encoder);
            Volatile.Write(ref _forms, forms);
        }

        return forms;
    }
}
