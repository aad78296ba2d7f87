using System.Text.Json;

namespace Ingest.Tests.Reliability;

/// <summary>An entity over one word, as a test normalizer adds them.</summary>
internal sealed class WordEntity(int start, int length, string text) : Entity(start, length, text)
{
    public override string Type => "word";

    public override void WriteProperties(Utf8JsonWriter writer) => writer.WriteString("value", Text);
}
