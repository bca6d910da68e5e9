using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Tests.Eval;

namespace IncursionBot.Core.Tests.Extraction;

public sealed class GazetteerExtractorTests
{
    private static readonly GazetteerExtractor Extractor = new();

    public static TheoryData<string> SampleIds => new(EvalSet.SampleItems.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(SampleIds))]
    public void Each_shared_sample_comes_out_as_labelled(string id)
    {
        var sample = EvalSet.SampleItems.Single(s => s.Id == id);

        var actual = Extractor.Extract(sample.Title, sample.Text);

        Assert.Equal(sample.Expected.IsIncursion, actual.IsIncursion);
        Assert.Equal(sample.Expected.Countries.Order(), actual.Countries.Order());
        Assert.Equal(sample.Expected.Platforms.Order(), actual.Platforms.Order());
        Assert.Equal(sample.Expected.Origins.Order(), actual.Origins.Order());
    }

    [Fact]
    public void A_plain_report_gives_every_field_with_evidence()
    {
        var actual = Extractor.Extract(
            "Russian drones shot down over Poland",
            "Polish and allied jets shot down several Russian drones that entered Polish airspace overnight near Rzeszów.");

        Assert.True(actual.IsIncursion);
        Assert.Equal(["PL"], actual.Countries);
        Assert.Equal([Platform.Drone], actual.Platforms);
        Assert.Equal([Origins.Russia], actual.Origins);
        foreach (var field in new[] { "is_incursion", "country", "platform", "origin" })
        {
            Assert.Contains(actual.Evidence, e => e.Field == field && e.Phrase.Length > 0);
        }
    }

    [Fact]
    public void F16s_scrambled_in_response_are_not_the_intruder()
    {
        var actual = Extractor.Extract(
            "Romania scrambles F-16 fighter jets after Russian drone enters its airspace",
            "Two Romanian F-16 fighter jets were scrambled after a Russian drone entered Romanian airspace near Galați during an attack on Ukrainian ports.");

        Assert.True(actual.IsIncursion);
        Assert.Equal(["RO"], actual.Countries);
        Assert.Equal([Platform.Drone], actual.Platforms);
    }

    [Fact]
    public void Russian_jets_in_the_airspace_are_a_fighter_jet_incursion()
    {
        var actual = Extractor.Extract("Three Russian MiG-31 fighter jets violate Estonian airspace", string.Empty);

        Assert.True(actual.IsIncursion);
        Assert.Equal(["EE"], actual.Countries);
        Assert.Equal([Platform.FighterJet], actual.Platforms);
        Assert.Equal([Origins.Russia], actual.Origins);
    }

    [Fact]
    public void Belarus_is_an_origin_not_an_affected_country()
    {
        var actual = Extractor.Extract(
            "Balloons from Belarus force Vilnius airport to close",
            "Vilnius airport suspended flights after balloons launched from Belarus entered Lithuanian airspace.");

        Assert.True(actual.IsIncursion);
        Assert.Equal(["LT"], actual.Countries);
        Assert.Equal([Platform.Balloon], actual.Platforms);
        Assert.Equal([Origins.Belarus], actual.Origins);
    }

    [Theory]
    [InlineData("Drones spotted over Kastrup halt traffic")]
    [InlineData("Copenhagen airport closed after drone sightings")]
    [InlineData("Drones over København: flights suspended for hours")]
    public void Copenhagen_and_Kastrup_are_Denmark(string title)
    {
        var actual = Extractor.Extract(title, string.Empty);

        Assert.True(actual.IsIncursion);
        Assert.Equal(["DK"], actual.Countries);
    }

    [Theory]
    [InlineData("Drone crashed in Polska after entering the airspace", "PL")]
    [InlineData("Russian helicopter violated the airspace of Eesti", "EE")]
    [InlineData("Drone crashed in Lietuva after crossing from Belarus", "LT")]
    [InlineData("Russian drone crashed in Latvija", "LV")]
    [InlineData("Drone fragments found in România after Russian attack", "RO")]
    [InlineData("Drones observed over airports in Danmark", "DK")]
    public void Native_names_resolve(string title, string code)
    {
        var actual = Extractor.Extract(title, string.Empty);

        Assert.True(actual.IsIncursion);
        Assert.Equal([code], actual.Countries);
    }

    [Theory]
    [InlineData("Drone spotted over Rzeszów airport, flights halted", "PL")]
    [InlineData("Drone spotted over Rzeszow airport, flights halted", "PL")]
    [InlineData("Drones force flight suspensions at Liège airport", "BE")]
    [InlineData("Drones force flight suspensions at Liege airport", "BE")]
    [InlineData("Drone crashed near Galați, says defence ministry", "RO")]
    [InlineData("Drones sighted over Ørland air base", "NO")]
    public void Diacritics_do_not_matter(string title, string code)
    {
        var actual = Extractor.Extract(title, string.Empty);

        Assert.True(actual.IsIncursion);
        Assert.Equal([code], actual.Countries);
    }

    [Fact]
    public void The_pronoun_us_is_not_the_United_States()
    {
        var actual = Extractor.Extract(
            "Drone shot down over Estonia",
            "\"It flew over us for minutes before it was shot down near Tartu,\" a resident told us.");

        Assert.Equal(["EE"], actual.Countries);
    }

    [Fact]
    public void A_title_alone_is_enough()
    {
        var actual = Extractor.Extract("Munich airport closed again after drone sightings", string.Empty);

        Assert.True(actual.IsIncursion);
        Assert.Equal(["DE"], actual.Countries);
        Assert.Equal([Platform.Drone], actual.Platforms);
        Assert.Equal([Origins.Unknown], actual.Origins);
    }

    [Fact]
    public void Not_an_incursion_has_empty_lists_and_says_why()
    {
        var actual = Extractor.Extract("Dense fog grounds flights at Heathrow", "Dozens of flights were cancelled as thick fog covered London.");

        Assert.False(actual.IsIncursion);
        Assert.Empty(actual.Countries);
        Assert.Empty(actual.Platforms);
        Assert.Empty(actual.Origins);
        Assert.Contains(actual.Evidence, e => e.Field == "is_incursion" && e.Value == "false");
    }

    [Fact]
    public void Empty_input_is_not_an_incursion()
    {
        Assert.False(Extractor.Extract(string.Empty, string.Empty).IsIncursion);
    }
}
