using System.Text;
using System.Text.Json;
using Ingest.Normalizers.Names;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Normalizers.Tests.Names;

public sealed class NameNormalizerTests
{
    private static List<NameEntity> Run(string text, NameNormalizer? normalizer = null)
    {
        var document = NameTestDocuments.FromText("test.txt", text);
        (normalizer ?? NameTestDocuments.Normalizer()).NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    [Theory]
    [InlineData("Foreign Minister Sergei Lavrov spoke.", "Foreign Minister Sergey Lavrov spoke.")]
    [InlineData("President Aleksandr Lukashenko spoke.", "President Alexander Lukashenko spoke.")]
    [InlineData("The hero Andranik Ozanyan fought.", "The hero Andranik Ozanian fought.")]
    [InlineData("Analyst Dmitriy Orlov said so.", "Analyst Dmitry Orlov said so.")]
    [InlineData("Minister Yaşar Güler spoke.", "Minister Yashar Guler spoke.")]
    [InlineData("President İlham Əliyev spoke.", "President Ilham Aliev spoke.")]
    public void Transliteration_variants_fold_to_one_key(string first, string second)
    {
        var a = Run(first).Single(n => n.Kind == NameKind.Person);
        var b = Run(second).Single(n => n.Kind == NameKind.Person);
        Assert.Equal(a.Key, b.Key);
    }

    [Fact]
    public void A_name_spelled_six_ways_keeps_each_form_once_in_order_and_counts_repeats()
    {
        // More forms than the linker compares one by one: the later ones are found by hash, and a repeated form is not
        // added again.
        var forms = new[] { "Ilham Aliyev", "Ilham Aliev", "İlham Əliyev", "Ilham Əliyev", "İlham Aliyev", "İlham Aliev" };
        var text = new StringBuilder();
        foreach (var form in forms)
        {
            text.Append("President ").Append(form).Append(" spoke. ");
        }

        text.Append("President ").Append(forms[5]).Append(" spoke again. President ").Append(forms[1]).Append(" left.");
        var people = Run(text.ToString()).Where(n => n.Kind == NameKind.Person).ToList();

        Assert.Equal(8, people.Count);
        Assert.Single(people.Select(n => n.Key).Distinct());
        Assert.Equal(forms, people[0].Variants);
        Assert.Equal(forms, people[7].Variants);
    }

    [Fact]
    public void Different_people_with_one_surname_keep_different_keys()
    {
        var names = Run("Heydar Aliyev ruled until 2003. His son Ilham Aliyev succeeded him. Aliyev then won again.");
        var heydar = names.Single(n => n.Text == "Heydar Aliyev");
        var ilham = names.Single(n => n.Text == "Ilham Aliyev");
        Assert.NotEqual(heydar.Key, ilham.Key);

        // A lone surname goes to the nearest full name before it.
        Assert.Equal(ilham.Key, names.Single(n => n.Text == "Aliyev").Key);
    }

    [Fact]
    public void A_surname_alone_links_to_a_full_name_seen_earlier_in_the_batch()
    {
        var normalizer = NameTestDocuments.Normalizer();
        var full = Run("Prime Minister Kaja Kallas of Estonia spoke in Tallinn.", normalizer).Single(n => n.Kind == NameKind.Person);
        var alone = Run("Kallas said the sanctions would stay.", normalizer).Single(n => n.Kind == NameKind.Person);
        Assert.Equal(full.Key, alone.Key);
        Assert.Equal("Kaja Kallas", alone.Canonical);
    }

    [Fact]
    public void Options_and_alias_sources_extend_the_alias_table()
    {
        var builder = new TestIngestBuilder();
        builder.Services.AddSingleton<INameAliasSource, TestAliasSource>();
        builder.AddNameNormalizer(o =>
        {
            o.Aliases["Londinium"] = "London";
            o.Gazetteer["Zvartnots"] = NameKind.Place;
        });
        using var provider = builder.Services.BuildServiceProvider();
        var registration = provider.GetServices<NormalizerRegistration>().Single();
        Assert.Equal(NormalizerOrder.Names, registration.Order);
        var normalizer = Assert.IsType<NameNormalizer>(registration.Factory(provider));

        var names = Run("Troops moved from Londinium to Tsitsernakaberd, then past Zvartnots.", normalizer);
        Assert.Equal("place/london", names.Single(n => n.Text == "Londinium").Key);
        Assert.Equal("Yerevan", names.Single(n => n.Text == "Tsitsernakaberd").Canonical);
        Assert.Equal(NameKind.Place, names.Single(n => n.Text == "Zvartnots").Kind);
    }

    [Fact]
    public void Adding_the_normalizer_twice_registers_it_once()
    {
        var builder = new TestIngestBuilder();
        builder.AddNameNormalizer().AddNameNormalizer();
        Assert.Single(builder.Services, d => d.ServiceType == typeof(NormalizerRegistration));
    }

    [Fact]
    public void Handles_adjectives_and_sentence_starts_are_not_names()
    {
        var names = Run("Over the years @azpresident wrote often. NATO-backed forces and anti-Russian groups met. Who knows?");
        Assert.DoesNotContain(names, n => n.Kind != NameKind.Organization);
        Assert.DoesNotContain(names, n => n.Text.Contains("azpresident", StringComparison.Ordinal) || n.Text == "Who");
    }

    [Fact]
    public void Place_cues_find_places_missing_from_the_gazetteers()
    {
        var names = Run("Refugees arrived in Zorbatiya on Monday. Others reached the town of Qalqilya.");
        Assert.Contains(names, n => n.Text == "Zorbatiya" && n.Kind == NameKind.Place);
        Assert.Contains(names, n => n.Text == "Qalqilya" && n.Kind == NameKind.Place);
    }

    [Fact]
    public void Writes_kind_canonical_key_and_value()
    {
        var name = Run("Turkish President Erdogan said so.").Single();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            name.WriteProperties(writer);
            writer.WriteEndObject();
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("person", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Recep Tayyip Erdoğan", json.RootElement.GetProperty("canonical").GetString());
        Assert.Equal("Recep Tayyip Erdoğan", json.RootElement.GetProperty("value").GetString());
        Assert.Equal("person/recep-tayip-erdogan", json.RootElement.GetProperty("key").GetString());
        Assert.Equal("name", name.Type);
    }

    [Fact]
    public void Keys_do_not_depend_on_document_order_or_parallelism()
    {
        var sequential = NameTestDocuments.NormalizedFixtures().SelectMany(d => d.Names()).Select(n => (n.Start, n.Key)).ToList();
        var normalizer = NameTestDocuments.Normalizer();
        var documents = NameTestDocuments.FixtureNames.Select(NameTestDocuments.Fixture).ToArray();
        Parallel.ForEach(documents, d => normalizer.NormalizeAsync(d, NormalizationContext.For(d, null)).AsTask().GetAwaiter().GetResult());
        var parallel = documents.SelectMany(d => d.Names()).Select(n => (n.Start, n.Key)).ToList();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public async Task Leaves_dates_claimed_by_an_earlier_normalizer_alone()
    {
        var document = NameTestDocuments.FromText("t.txt", "Aliyev spoke in Baku.");
        document.Entities.Add(new TestEntity(16, 4));
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        Assert.DoesNotContain(document.Names(), n => n.Text == "Baku");
    }

    [Fact]
    public async Task Adversarial_text_finishes_quickly_without_errors()
    {
        var random = new Random(8);
        var text = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            text.Append((char)random.Next(0, 0x3000));
        }

        text.Append(string.Concat(Enumerable.Repeat("Aaa Bbb Ccc-Ddd O'Eee @fff ", 20_000)));
        var document = NameTestDocuments.FromText("bad.txt", text.ToString());
        var started = DateTime.UtcNow;
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
        Assert.Empty(document.Diagnostics);
        Assert.Empty(Run(string.Empty));
    }
}
