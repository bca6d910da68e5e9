using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;
using ExtractionResult = IncursionBot.Core.Incidents.Extraction;

namespace IncursionBot.Core.Tests.Extraction;

public sealed class ExtractionScoringTests
{
    private static ExtractionResult Incursion(string[] countries, Platform[] platforms) => new(true, countries, platforms, [Origins.Unknown], []);

    [Fact]
    public void Counts_binary_and_set_scores()
    {
        var scores = ExtractionScoring.Score(
        [
            (Incursion(["PL"], [Platform.Drone]), Incursion(["PL", "LT"], [Platform.Drone])),
            (Incursion(["EE"], [Platform.FighterJet]), ExtractionResult.None),
            (ExtractionResult.None, Incursion(["DK"], [Platform.Drone])),
            (ExtractionResult.None, ExtractionResult.None),
        ]);

        Assert.Equal(4, scores.Items);
        Assert.Equal(new F1Score(1, 1, 1), scores.IsIncursion);
        Assert.Equal(0.5, scores.IsIncursion.F1, 6);
        Assert.Equal(new F1Score(1, 1, 1), scores.Countries);
        Assert.Equal(new F1Score(1, 0, 1), scores.Platforms);
        Assert.Equal(2.0 / 3, scores.Platforms.F1, 6);
    }

    [Fact]
    public void Nothing_expected_and_nothing_found_scores_one()
    {
        var scores = ExtractionScoring.Score([(ExtractionResult.None, ExtractionResult.None)]);

        Assert.Equal(1, scores.IsIncursion.F1);
        Assert.Equal(1, scores.Countries.F1);
    }
}
