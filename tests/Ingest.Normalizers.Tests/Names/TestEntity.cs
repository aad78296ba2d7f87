using System.Text.Json;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>A date as another normalizer would claim it.</summary>
internal sealed class TestEntity(int start, int length) : Entity(start, length, new string('x', length))
{
    public override string Type => "date";

    public override void WriteProperties(Utf8JsonWriter writer) => writer.WriteString("value", "x");
}
