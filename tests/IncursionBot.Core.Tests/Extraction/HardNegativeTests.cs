using IncursionBot.Core.Extraction;

namespace IncursionBot.Core.Tests.Extraction;

/// <summary>The same kinds of events elsewhere, and news about incursions that is not a new one, must come out false.</summary>
public sealed class HardNegativeTests
{
    private static readonly GazetteerExtractor Extractor = new();

    [Theory]
    [InlineData("Russia launches massive drone attack on Kyiv overnight",
        "Russian forces launched dozens of Shahed drones at Kyiv and Lviv overnight, Ukraine's air force said; most were shot down.")]
    [InlineData("Ukrainian drones strike oil refinery in Russia's Volgograd region",
        "Ukrainian drones hit a refinery in Volgograd overnight, the regional governor said. Russia's defence ministry said 40 drones were destroyed.")]
    [InlineData("North Korean drones violate South Korean airspace",
        "Five North Korean drones crossed into South Korean airspace and one flew over Seoul, the Joint Chiefs of Staff said.")]
    [InlineData("German drone maker raises 600 million euros in new funding round",
        "The Munich startup said the investment will expand production of its strike drones for Ukraine.")]
    [InlineData("NATO starts air defence exercise over the Baltic states",
        "Fighter jets from Germany, Italy and Poland take part in the two-day drill hosted by Latvia.")]
    [InlineData("Thousands watch drone light show over Amsterdam for New Year's Eve",
        "Five hundred drones replaced the fireworks in a celebration above the city.")]
    [InlineData("Fog closes Vilnius airport, flights diverted to Riga",
        "Dense fog and low visibility forced Vilnius airport to suspend flights overnight.")]
    [InlineData("NATO jets intercept Russian Il-20 over the Baltic Sea",
        "NATO fighter jets were scrambled to identify a Russian Il-20 reconnaissance aircraft flying in international airspace near Lithuania.")]
    [InlineData("NATO defence ministers meet to discuss response to airspace violations",
        "Ministers are meeting in Brussels to discuss deterrence after last month's drone incursions into Polish airspace and the violation of Estonian airspace by Russian jets.")]
    [InlineData("UK to assist Belgium against Russian drone incursions",
        "Britain pledges to send counter-drone specialists to help Belgium after a series of suspected drone incursions.")]
    [InlineData("Poland scrambles jets as Russia strikes western Ukraine",
        "Polish and allied aircraft were scrambled as a precautionary measure during Russian strikes near the border; no violation of Polish airspace was recorded.")]
    public void Comes_out_false(string title, string text)
    {
        var actual = Extractor.Extract(title, text);

        Assert.False(actual.IsIncursion, string.Join(" | ", actual.Evidence.Select(e => $"{e.Field}={e.Value}: {e.Phrase}")));
    }
}
