using IncursionBot.Core.Incidents;
using IncursionBot.Core.Queries;

namespace IncursionBot.Core.Tests.Queries;

public sealed class IncidentQueryParsingTests
{
    [Theory]
    [InlineData("pl", "PL")]
    [InlineData("Poland", "PL")]
    [InlineData("UK", "GB")]
    [InlineData("north macedonia", "MK")]
    public void Countries_resolve_from_codes_names_and_aliases(string typed, string code) =>
        Assert.Equal(code, IncidentQueryService.Parse(typed, null, null).Value!.Country);

    [Fact]
    public void Defaults_are_any_country_any_platform_seven_days() =>
        Assert.Equal(new IncidentQuery(null, null, 7), IncidentQueryService.Parse(null, "*", null).Value);

    [Theory]
    [InlineData("Narnia", null, null, "Unknown country 'Narnia'")]
    [InlineData(null, "zeppelin", null, "Unknown platform 'zeppelin'")]
    [InlineData(null, null, 0, "days must be between 1 and 90")]
    [InlineData(null, null, 91, "days must be between 1 and 90")]
    public void Bad_input_says_what_to_fix(string? country, string? platform, int? days, string message) =>
        Assert.StartsWith(message, IncidentQueryService.Parse(country, platform, days).Error);

    [Fact]
    public void Platform_wire_names_round_trip()
    {
        foreach (var platform in PlatformNames.All)
        {
            Assert.True(PlatformNames.TryParse(platform.ToWire(), out var parsed));
            Assert.Equal(platform, parsed);
        }
    }

    [Fact]
    public void Suggestions_rank_code_then_prefix_then_substring_and_respect_the_limit()
    {
        Assert.Equal("LT", Countries.Suggest("lt", 25)[0].Code);
        Assert.Equal(["Latvia", "Lithuania", "Luxembourg"], Countries.Suggest("l", 25).Select(c => c.Name).Take(3));
        Assert.Equal(25, Countries.Suggest("", 25).Count);
        Assert.Equal("🇵🇱", Countries.FindByCode("PL")!.Flag);
    }
}
