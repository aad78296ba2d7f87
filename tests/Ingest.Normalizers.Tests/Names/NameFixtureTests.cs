using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>The behaviour issue 8 asks for, over the five fixtures normalized as one batch.</summary>
public sealed class NameFixtureTests
{
    private static readonly IReadOnlyList<Document> Documents = NameTestDocuments.NormalizedFixtures();

    private static List<NameEntity> All => Documents.SelectMany(d => d.Names()).ToList();

    private static string KeyOf(string text, NameKind kind) => All.First(n => n.Text == text && n.Kind == kind).Key;

    [Fact]
    public void Aliyev_spellings_share_one_key_across_the_batch()
    {
        var inFirst = Documents[0].Names().Where(n => n.Text is "Aliyev" or "Ilham Aliyev" or "İlham Əliyev").ToList();
        Assert.Equal(3, inFirst.Count);
        Assert.All(inFirst, n => Assert.Equal("person/ilham-aliev", n.Key));
        Assert.All(inFirst, n => Assert.Equal("Ilham Aliyev", n.Canonical));
        Assert.Contains("İlham Əliyev", inFirst[0].Variants);

        // Every document that names him, and the lone "Aliyev" of the joint statement, gets the same key.
        var everywhere = All.Where(n => n.Text.Contains("liyev", StringComparison.Ordinal)).ToList();
        Assert.True(everywhere.Count >= 6);
        Assert.All(everywhere, n => Assert.Equal("person/ilham-aliev", n.Key));
    }

    [Fact]
    public void Erdogan_spellings_share_one_key()
    {
        var mentions = All.Where(n => n.Text is "Erdogan" or "Erdoğan" or "Recep Tayyip Erdoğan").ToList();
        Assert.True(mentions.Count >= 10);
        Assert.All(mentions, n => Assert.Equal(NameKind.Person, n.Kind));
        Assert.All(mentions, n => Assert.Equal("Recep Tayyip Erdoğan", n.Canonical));
        Assert.Single(mentions.Select(n => n.Key).Distinct());
    }

    [Fact]
    public void Peskov_transliterations_share_one_key_across_documents()
    {
        var dmitry = Documents[0].Names().Single(n => n.Text == "Dmitry Peskov");
        var dmitri = Documents[1].Names().Single(n => n.Text == "Dmitri Peskov");
        Assert.Equal(dmitry.Key, dmitri.Key);
        Assert.NotEqual(KeyOf("Vladimir Putin", NameKind.Person), dmitry.Key);
        Assert.NotEqual(KeyOf("Dmitry Medvedev", NameKind.Person), dmitry.Key);
    }

    [Fact]
    public void Shusha_and_Shushi_are_one_place()
    {
        var mentions = All.Where(n => n.Text is "Shusha" or "Shushi").ToList();
        Assert.Contains(mentions, n => n.Text == "Shushi");
        Assert.All(mentions, n => Assert.Equal(NameKind.Place, n.Kind));
        Assert.All(mentions, n => Assert.Equal("Shusha", n.Canonical));
        Assert.Single(mentions.Select(n => n.Key).Distinct());
    }

    [Fact]
    public void Karabakh_names_are_one_region()
    {
        var mentions = All.Where(n => n.Text is "Nagorno-Karabakh" or "Nagorno Karabakh" or "Karabakh" or "Artsakh").ToList();
        Assert.Equal(4, mentions.Select(n => n.Text).Distinct().Count());
        Assert.All(mentions, n => Assert.Equal("Nagorno-Karabakh", n.Canonical));
        Assert.Single(mentions.Select(n => n.Key).Distinct());
        Assert.Equal("place/kyiv", KeyOf("Kiev", NameKind.Place));
    }

    [Fact]
    public void Every_person_of_the_fixtures_is_found()
    {
        var people = All.Where(n => n.Kind == NameKind.Person).Select(n => n.Text).ToHashSet();
        string[] expected =
        [
            "Ilham Aliyev", "İlham Əliyev", "Aliyev", "Erdogan", "Erdoğan", "Recep Tayyip Erdoğan", "Yashar Guler", "Nikol Pashinyan",
            "Pashinyan", "Nikol", "Maria Zakharova", "Dmitry Peskov", "Dmitri Peskov", "Dmitry Medvedev", "Vladimir Lenin", "Lenin",
            "Alex Lantier", "Clara Weiss", "Vladimir Putin", "Putin", "Hulusi Akar", "Ararat Mizoyan", "Serzh Sargsyan", "Trump",
            "Joe Biden", "Biden", "Sergei Lavrov", "Lavrov", "Andranik Ozanyan", "Trotsky", "Shaumyan", "Japaridze", "Vezirov",
            "Joseph Stalin", "Mustafa Kemal", "Khrushchev", "Brezhnev", "Gorbachev", "Leonid Nersisyan", "Emmanuel Macron",
            "Nicholas I", "Ramzan Kadyrov", "Alexander Lukashenko",
        ];
        Assert.DoesNotContain(expected, e => !people.Contains(e));
    }

    [Fact]
    public void Lone_surnames_link_to_the_full_name_in_the_document()
    {
        var second = Documents[1].Names().ToList();
        var pashinyan = second.Where(n => n.Text is "Pashinyan" or "Nikol" or "Nikol Pashinyan").ToList();
        Assert.Equal(4, pashinyan.Count);
        Assert.Single(pashinyan.Select(n => n.Key).Distinct());
        Assert.Equal(second.First(n => n.Text == "Putin").Key, second.First(n => n.Text == "Vladimir Putin").Key);
    }

    [Fact]
    public void Demonyms_organisations_handles_and_metonyms_are_not_people_or_places()
    {
        string[] never =
        [
            "Armenian", "Azeri", "Azeris", "Turkish", "Azerbaijani", "Russian", "Iranian", "Israeli", "NATO", "CSTO", "Socialist Equality Party",
            "Red Army", "@azpresident", "azpresident", "@RTErdogan", "RTErdogan", "Kremlin", "White House", "Muslim", "Christian", "Stalinist",
        ];
        var peopleAndPlaces = All.Where(n => n.Kind != NameKind.Organization).ToList();
        Assert.DoesNotContain(peopleAndPlaces, n => never.Contains(n.Text) || n.Text.StartsWith('@'));
        Assert.DoesNotContain(All, n => n.Text.Contains("azpresident", StringComparison.Ordinal));
    }

    [Fact]
    public void Organisations_are_organizations()
    {
        foreach (var name in new[] { "NATO", "CSTO", "Socialist Equality Party", "Red Army", "Kremlin", "White House" })
        {
            Assert.Contains(All, n => n.Text == name && n.Kind == NameKind.Organization);
        }
    }

    [Fact]
    public void Mentions_point_at_their_text()
    {
        foreach (var document in Documents)
        {
            foreach (var name in document.Names())
            {
                Assert.Equal(name.Text, document.Text.Substring(name.Start, name.Length));
            }
        }
    }
}
