using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Rules of a name's form (ampersands, words in capitals, short forms in brackets, place heads) and of what a document
/// says about a name elsewhere (a team's city), each on sentences written for these tests about farming, chess, sailing,
/// ice hockey and music.
/// </summary>
public sealed class NameFormTests
{
    private static List<NameEntity> Run(string text)
    {
        var document = NameTestDocuments.FromText("forms.txt", text);
        NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    private static NameEntity Named(List<NameEntity> names, string text)
        => names.SingleOrDefault(n => n.Text == text)
            ?? throw new InvalidOperationException($"No one name '{text}' among: {string.Join(" | ", names.Select(n => $"{n.Text} ({n.Kind})"))}");

    [Theory]
    [InlineData("Grain traders Holm & Varga Ltd raised their prices for barley.", "Holm & Varga Ltd")]
    [InlineData("The seed merchant Brack & Tullen said the harvest was late.", "Brack & Tullen")]
    public void Names_joined_by_an_ampersand_are_one_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void One_letter_words_joined_by_an_ampersand_are_not_a_name()
    {
        Assert.Empty(Run("Spending on R&D rose by a tenth on the farms of the valley."));
    }

    [Fact]
    public void A_name_with_a_word_in_capitals_is_an_organisation_not_a_person()
    {
        var names = Run("The soil scientist Ingrid Solberg of Skov-IT said the soil was too dry. KVN Agro said it would sell less fertiliser.");

        Assert.Equal(NameKind.Person, Named(names, "Ingrid Solberg").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "Skov-IT").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "KVN Agro").Kind);
    }

    [Fact]
    public void A_short_form_in_brackets_after_an_organisation_is_that_organisation_everywhere()
    {
        var names = Run("The Association of Highland Growers (Ahgro) met on Monday. Ahgro president Olga Brenn said prices had fallen.");

        var full = Named(names, "Association of Highland Growers");
        var shortForms = names.Where(n => n.Text == "Ahgro").ToList();
        Assert.Equal(2, shortForms.Count);
        Assert.All(shortForms, n => Assert.Equal(NameKind.Organization, n.Kind));
        Assert.All(shortForms, n => Assert.Equal(full.Key, n.Key));
    }

    [Fact]
    public void A_city_that_names_a_team_in_the_document_is_that_team_where_no_place_word_precedes_it()
    {
        var names = Run("The Toronto Marlins beat the Chicago Foxes 5-2 on Saturday. Toronto led from the first period and Chicago never recovered. "
            + "The teams meet again in Chicago on Friday.");

        var chicago = names.Where(n => n.Text == "Chicago").ToList();
        Assert.Equal(NameKind.Organization, Named(names, "Toronto").Kind);
        Assert.Equal(Named(names, "Toronto Marlins").Key, Named(names, "Toronto").Key);
        Assert.Equal([NameKind.Organization, NameKind.Place], chicago.Select(n => n.Kind));
    }

    [Fact]
    public void A_city_with_no_team_in_the_document_stays_a_place()
    {
        var names = Run("Toronto led the country in new housing starts, the statistics agency said.");

        Assert.Equal(NameKind.Place, Named(names, "Toronto").Kind);
    }

    [Theory]
    [InlineData("The chess final was played at Lima Municipal Arena on Sunday.", "Lima Municipal Arena")]
    [InlineData("The dissident spent a year in Varnok Prison before his release.", "Varnok Prison")]
    public void A_known_place_or_a_name_before_a_facility_head_is_one_place(string text, string place)
    {
        Assert.Equal(NameKind.Place, Named(Run(text), place).Kind);
    }

    [Fact]
    public void Capitals_joined_by_and_as_the_subject_of_a_diplomatic_act_are_both_governments()
    {
        var names = Run("Since the spring, Hanoi and Manila have exchanged envoys over fishing rights in the disputed waters.");

        Assert.Equal(NameKind.Organization, Named(names, "Hanoi").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "Manila").Kind);
    }

    [Fact]
    public void Relations_between_capitals_at_a_sentence_start_make_them_governments()
    {
        var names = Run("Relations between Ottawa and Canberra cooled over wheat tariffs.");

        Assert.Equal(NameKind.Organization, Named(names, "Ottawa").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "Canberra").Kind);
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_role_is_a_person()
    {
        var names = Run("The marina's chief executive, Teodor Malvik, said the regatta would go ahead.");

        Assert.Equal(NameKind.Person, Named(names, "Teodor Malvik").Kind);
    }

    [Fact]
    public void A_known_place_after_a_role_and_before_an_unknown_word_is_a_given_name()
    {
        var names = Run("The concert opened with pianist Sydney Arkwell playing a sonata.");

        Assert.Equal(NameKind.Person, Named(names, "Sydney Arkwell").Kind);
    }

    [Theory]
    [InlineData("Kettleby Books, the Welsh bookseller, said it had ordered more copies.", "Kettleby Books")]
    [InlineData("The Belgian distributor Voorland bought the rights to the album.", "Voorland")]
    [InlineData("Marisport, the regional tourism agency, said bookings were up.", "Marisport")]
    public void A_trade_or_agency_noun_around_a_name_makes_it_an_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void A_place_name_the_document_also_writes_as_a_web_domain_company_is_that_company()
    {
        var names = Run("Orders at Jordan.com Inc doubled. Jordan said it would hire 200 drivers. Sales in Jordan itself were flat.");

        var jordan = names.Where(n => n.Text == "Jordan").ToList();
        Assert.Equal(NameKind.Organization, Named(names, "Jordan.com Inc").Kind);
        Assert.Equal([NameKind.Organization, NameKind.Place], jordan.Select(n => n.Kind));
        Assert.Equal(Named(names, "Jordan.com Inc").Key, jordan[0].Key);
    }

    [Fact]
    public void A_capitalised_particle_opening_a_sentence_stays_in_the_surname()
    {
        var names = Run("The violinist Pieter van Aalst toured Chile. Van Aalst said the halls were full.");

        var full = Named(names, "Pieter van Aalst");
        Assert.Equal(NameKind.Person, Named(names, "Van Aalst").Kind);
        Assert.Equal(full.Key, Named(names, "Van Aalst").Key);
    }

    [Fact]
    public void The_and_a_name_ending_in_a_capitalised_plural_is_a_team()
    {
        var names = Run("The goalkeeper kept a clean sheet against the Valmore Otters on Sunday.");

        Assert.Equal(NameKind.Organization, Named(names, "Valmore Otters").Kind);
    }

    [Fact]
    public void An_unknown_word_opening_a_line_before_a_dash_is_a_dateline_place()
    {
        var names = Run("Boats stay in port\nKORVALA — \"We stay ashore,\" fishermen said on Monday after the storm.");

        Assert.Equal(NameKind.Place, Named(names, "KORVALA").Kind);
    }
}
