namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class LayoutHyphenationTests
{
    private static string Read(params string[] lines)
    {
        var page = new SyntheticPage();
        page.Lines(lines, 72, 700);
        return SyntheticPage.Body(SyntheticPage.Analyze(page));
    }

    [Fact]
    public void Joins_a_word_hyphenated_at_a_line_end()
    {
        Assert.Equal("the international", Read("the inter-", "national"));
        Assert.Equal("an international treaty", Read("an inter-", "national treaty"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_numeral_broken_at_a_line_end()
    {
        Assert.Equal("a tower thirty-five metres high", Read("a tower thirty-", "five metres high"));
        Assert.Equal("the forty-second floor", Read("the forty-", "second floor"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_fraction_broken_at_a_line_end()
    {
        Assert.Equal("a share of two-thirds of the profit", Read("a share of two-", "thirds of the profit"));
        Assert.Equal("three-quarters full", Read("three-", "quarters full"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_decade_named_with_its_century_and_joins_a_numeral_broken_inside()
    {
        Assert.Equal("planted in the eighteen-nineties by", Read("planted in the eighteen-", "nineties by"));
        Assert.Equal("since the nineteen-fifties the", Read("since the nineteen-", "fifties the"));
        Assert.Equal("born in eighteen hundred", Read("born in eigh-", "teen hundred"));
    }

    [Fact]
    public void Joins_a_word_broken_inside_a_hyphenated_compound_when_the_document_writes_the_word_whole()
    {
        Assert.Equal(
            "a populated valley and the Armenian-populated region",
            Read("a populated valley and the Armenian-popu-", "lated region"));
        Assert.Equal(
            "the population and the Armenian-populated region",
            Read("the population and the Armenian-popu-", "lated region"));
        Assert.Equal("a state-of-the-art design", Read("a state-of-the-", "art design"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_whose_last_part_and_the_next_word_the_document_does_not_use_elsewhere()
    {
        Assert.Equal("a ten-gallon-hat", Read("a ten-gallon-", "hat"));
        Assert.Equal("a three-piece-suit", Read("a three-piece-", "suit"));
        Assert.Equal("a long-haul-trucking firm", Read("a long-haul-", "trucking firm"));
        Assert.Equal("a twenty-two-year-old pilot", Read("a twenty-two-", "year-old pilot"));
        Assert.Equal("an e-mail-based service", Read("an e-mail-", "based service"));
        Assert.Equal("the gallons and the hats in a ten-gallon-hat", Read("the gallons and the hats in a ten-gallon-", "hat"));
    }

    [Fact]
    public void Joins_ex_and_pro_before_a_verb_form_the_document_writes_joined_in_another_form()
    {
        Assert.Equal(
            "they expose the beam; the risk it posed to an exposed beam",
            Read("they expose the beam; the risk it posed to an ex-", "posed beam"));
        Assert.Equal(
            "they propose a plan; the plan they posed was proposed",
            Read("they propose a plan; the plan they posed was pro-", "posed"));
        Assert.Equal("the president met the ex-president", Read("the president met the ex-", "president"));
    }

    [Fact]
    public void Joins_ex_and_pro_before_a_second_part_the_document_does_not_write_as_a_word()
    {
        Assert.Equal("as expected", Read("as ex-", "pected"));
        Assert.Equal("an extended stay", Read("an ex-", "tended stay"));
        Assert.Equal("the protected area", Read("the pro-", "tected area"));
        Assert.Equal("a prolonged drought", Read("a pro-", "longed drought"));
        Assert.Equal("an exposed beam", Read("an ex-", "posed beam"));
    }

    [Fact]
    public void Keeps_ex_and_pro_before_an_ing_or_ed_word_the_document_writes_when_it_never_writes_them_joined()
    {
        Assert.Equal("the king and the ex-king met", Read("the king and the ex-", "king met"));
        Assert.Equal(
            "drilling rigs and pro-drilling groups",
            Read("drilling rigs and pro-", "drilling groups"));
        Assert.Equal("hunting season and pro-hunting lobby", Read("hunting season and pro-", "hunting lobby"));
        Assert.Equal("a wedding and an ex-wedding planner", Read("a wedding and an ex-", "wedding planner"));
    }

    [Fact]
    public void Joins_two_closed_class_words_broken_at_a_line_end()
    {
        Assert.Equal("satellites cannot yet tell", Read("satellites can-", "not yet tell"));
    }

    [Fact]
    public void Decides_from_another_form_of_the_word_the_document_writes()
    {
        // "lighthouse" written whole: "Light-" + "houses" is a hyphenated "Lighthouses".
        Assert.Equal(
            "a lighthouse on the cape and two Lighthouses inland",
            Read("a lighthouse on the cape and two Light-", "houses inland"));

        // "fire-door" written with its hyphen: "fire-" + "doors" keeps it.
        Assert.Equal(
            "one fire-door here and two fire-doors there",
            Read("one fire-door here and two fire-", "doors there"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_with_a_capitalized_second_part()
    {
        Assert.Equal("war in Nagorno-Karabakh ended", Read("war in Nagorno-", "Karabakh ended"));
    }

    [Fact]
    public void Keeps_the_hyphen_when_the_document_writes_the_word_with_one()
    {
        Assert.Equal(
            "an anti-terrorist operation, the anti-terrorist measures",
            Read("an anti-terrorist operation, the anti-", "terrorist measures"));
    }

    [Fact]
    public void Joins_when_the_document_writes_the_word_without_a_hyphen()
    {
        Assert.Equal("the coordination of coordination", Read("the coordination of coordi-", "nation"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_multi_part_compound()
    {
        Assert.Equal("a state-of-the-art design", Read("a state-of-the-", "art design"));
    }

    [Fact]
    public void Joins_at_a_soft_hyphen()
    {
        var page = new SyntheticPage();
        var x = page.Text("the Karabakh", 72, 700);
        page.Add(new Ingest.Readers.Pdf.Layout.PdfGlyph("\u00AD", x, 700, 5, 10, 0, 2.5, 1, false, false, 0));
        page.Text("ians left", 72, 688);

        Assert.Equal("the Karabakhians left", SyntheticPage.Body(SyntheticPage.Analyze(page)));
    }

    [Fact]
    public void Joins_at_a_hyphen_character_the_document_uses_only_at_line_ends()
    {
        // Automatic hyphenation marks its breaks with U+2010 while the author's compounds use hyphen-minus.
        Assert.Equal(
            "a well-known Anglo-Norman poet and the Anglo-Normandy coast",
            Read("a well-known Anglo-Nor\u2010", "man poet and the Anglo-Normandy coast"));
    }

    [Fact]
    public void Keeps_a_u2010_hyphen_as_a_compound_when_the_document_also_writes_it_inside_lines()
    {
        Assert.Equal(
            "a well\u2010known route to Nagorno\u2010Karabakh",
            Read("a well\u2010known route to Nagorno\u2010", "Karabakh"));
    }

    [Fact]
    public void Joins_after_a_dash_without_a_space()
    {
        Assert.Equal("the war—which ended", Read("the war—", "which ended"));
    }

    [Fact]
    public void Joins_a_hyphenated_part_of_a_compound_with_evidence_for_the_part()
    {
        Assert.Equal("terrorist acts and anti-terrorist laws", Read("terrorist acts and anti-terr-", "orist laws"));
    }

    [Theory]
    [InlineData("the US-", "led coalition", "the US-led coalition")]
    [InlineData("a neo-", "colonial war", "a neo-colonial war")]
    [InlineData("Qaeda fighters and Qaeda-", "linked militias", "Qaeda fighters and Qaeda-linked militias")]
    [InlineData("a decade of long wars, a decade-", "long war", "a decade of long wars, a decade-long war")]
    public void Keeps_the_hyphen_of_compounds_made_of_words(string first, string second, string expected)
    {
        Assert.Equal(expected, Read(first, second));
    }

    [Theory]
    [InlineData("a decade-", "long war", "a decade-long war")]
    [InlineData("an energy-", "rich region", "an energy-rich region")]
    [InlineData("a Qaeda-", "linked group", "a Qaeda-linked group")]
    [InlineData("the Second Army, the second-", "largest city", "the Second Army, the second-largest city")]
    [InlineData("a long-", "lasting truce", "a long-lasting truce")]
    public void Keeps_the_hyphen_of_a_compound_broken_at_its_hyphen(string first, string second, string expected)
    {
        Assert.Equal(expected, Read(first, second));
    }

    [Fact]
    public void Keeps_the_hyphen_when_the_document_uses_both_parts_in_other_forms()
    {
        Assert.Equal(
            "towns on the border and border-town markets",
            Read("towns on the border and border-", "town markets"));
    }

    [Fact]
    public void Keeps_the_hyphen_when_the_first_part_is_a_word_inside_another_compound()
    {
        Assert.Equal(
            "al-Qaeda cells and Qaeda-inspired groups",
            Read("al-Qaeda cells and Qaeda-", "inspired groups"));
    }

    [Theory]
    [InlineData("the tide turned and, more-", "over, the wind dropped", "the tide turned and, moreover, the wind dropped")]
    [InlineData("the boats sailed with-", "out lanterns", "the boats sailed without lanterns")]
    [InlineData("the crews them-", "selves rowed", "the crews themselves rowed")]
    public void Joins_two_closed_class_words_into_a_closed_compound(string first, string second, string expected)
    {
        Assert.Equal(expected, Read(first, second));
    }

    [Theory]
    [InlineData("the developed towns and the under-", "developed villages", "the developed towns and the underdeveloped villages")]
    [InlineData("the cost was over-", "estimated twice", "the cost was overestimated twice")]
    [InlineData("the rebels were out-", "numbered and fled", "the rebels were outnumbered and fled")]
    [InlineData("a key and its counter-", "part in the lock", "a key and its counterpart in the lock")]
    public void Joins_a_particle_prefix_to_the_word_it_modifies(string first, string second, string expected)
    {
        Assert.Equal(expected, Read(first, second));
    }

    [Fact]
    public void Keeps_a_particle_prefix_hyphenated_when_the_document_writes_it_so()
    {
        Assert.Equal("an over-ripe pear and an over-ripe plum", Read("an over-ripe pear and an over-", "ripe plum"));
    }

    [Theory]
    [InlineData("the storm was pro-", "longed by rain", "the storm was prolonged by rain")]
    [InlineData("the keeper ex-", "plained the lamp", "the keeper explained the lamp")]
    [InlineData("the government fell; the pro-", "government press", "the government fell; the pro-government press")]
    public void A_prefix_that_is_also_a_first_syllable_keeps_its_hyphen_only_before_a_word_the_document_writes(string first, string second, string expected)
    {
        Assert.Equal(expected, Read(first, second));
    }

    [Fact]
    public void A_fragment_ending_like_a_participle_but_with_a_syllable_for_a_stem_joins()
    {
        Assert.Equal("the inner ring and the intervening years", Read("the inner ring and the inter-", "vening years"));
    }

    [Theory]
    [InlineData("the popu-", "lation grew", "the population grew")]
    [InlineData("was re-", "cognised abroad", "was recognised abroad")]
    [InlineData("they be-", "long together", "they belong together")]
    [InlineData("the thresh-", "old rose", "the threshold rose")]
    [InlineData("an accepted offer, an accept-", "able offer", "an accepted offer, an acceptable offer")]
    public void Joins_a_word_hyphenated_at_a_line_end_next_to_words_of_the_document(string first, string second, string expected)
    {
        Assert.Equal(expected, Read(first, second));
    }

    [Fact]
    public void Joins_a_word_hyphenated_across_a_column_break()
    {
        var page = new SyntheticPage();
        page.Lines(["the left column ends with a word", "that is broken across the gutter", "at the very bottom: pres-"], 72, 700);
        page.Lines(["ervation continues at the top of", "the right column where reading", "goes on as usual."], 72 + 200, 700);

        // The sentence runs on over the column break, so the two parts are one paragraph.
        Assert.Equal(
            "the left column ends with a word that is broken across the gutter at the very bottom: preservation continues at the top of the right column where reading goes on as usual.",
            Assert.Single(SyntheticPage.Analyze(page)).Text);
    }
}
