using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>The JSON a name entity writes: the exact bytes, whatever encoder the writer uses and however often.</summary>
public sealed class NameEntityJsonTests
{
    private static readonly string[] ZurichForms = ["Zürich", "Zurich"];
    private static readonly string[] NatoForms = ["NATO"];

    private static string Write(NameEntity entity, JavaScriptEncoder? encoder)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStartObject();
            entity.WriteProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Each_writer_escapes_with_its_own_encoder_even_after_another_wrote_the_entity()
    {
        var entity = new NameEntity(0, 6, "Zürich", NameKind.Place, "Zürich", "place/zurich", ZurichForms);

        var relaxed = Write(entity, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        var strict = Write(entity, null);

        Assert.Equal("""{"value":"Zürich","kind":"place","canonical":"Zürich","key":"place/zurich","variants":["Zürich","Zurich"]}""", relaxed);
        Assert.Equal("""{"value":"Z\u00FCrich","kind":"place","canonical":"Z\u00FCrich","key":"place/zurich","variants":["Z\u00FCrich","Zurich"]}""", strict);
        Assert.Equal(relaxed, Write(entity, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }

    [Fact]
    public void One_surface_form_writes_no_variants()
    {
        var entity = new NameEntity(0, 3, "NATO", NameKind.Organization, "NATO", "organization/nato", NatoForms);

        Assert.Equal("""{"value":"NATO","kind":"organization","canonical":"NATO","key":"organization/nato"}""", Write(entity, null));
    }

    [Fact]
    public async Task Mentions_of_one_entity_write_the_same_shared_properties()
    {
        var document = NameTestDocuments.FromText("test.txt", "Angela Merkel spoke. Later Merkel left. Merkel returned.");
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        var merkel = document.Names().Where(n => n.Kind == NameKind.Person).ToList();

        Assert.Equal(3, merkel.Count);
        var expected = """{"value":"Angela Merkel","kind":"person","canonical":"Angela Merkel","key":"person/angela-merkel","variants":["Angela Merkel","Merkel"]}""";
        Assert.All(merkel, m => Assert.Equal(expected, Write(m, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)));
    }
}
