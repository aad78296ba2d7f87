using Ingest;

namespace DependentPlugin.Helper;

/// <summary>A private dependency of DependentPlugin; it references Ingest.Abstractions but is not a plugin itself.</summary>
public static class Shouter
{
    /// <summary>The name the plugin's normalizer reports.</summary>
    public static string NormalizerName => "shouted";

    /// <summary>A normalizer's name, shouted.</summary>
    /// <param name="normalizer">The normalizer.</param>
    public static string Shout(IDocumentNormalizer normalizer) => normalizer.Name.ToUpperInvariant();
}
