using IncursionBot.Sources.Gdelt;
using IncursionBot.Sources.Tests.Support;

namespace IncursionBot.Sources.Tests.Gdelt;

public sealed class GdeltParserTests
{
    private const string ApiUrl = "https://api.gdeltproject.org/api/v2/doc/doc?mode=ArtList&format=json&query=drone";

    private readonly GdeltParser _parser = new();

    [Fact]
    public void Reads_articles_despite_raw_control_characters_and_bad_escapes()
    {
        var result = _parser.Parse(Fixture.Document("gdelt-artlist.json", ApiUrl, "application/json"), "gdelt");

        Assert.Null(result.Error);
        Assert.Equal(3, result.Items.Count);
        Assert.Equal("Poland shoots down Russian drones; airports closed", result.Items[0].Title);
        Assert.Equal("Drona rus'a deasupra Tulcei", result.Items[2].Title);
    }

    [Fact]
    public void An_article_is_title_only_with_seendate_url_and_domain()
    {
        var item = _parser.Parse(Fixture.Document("gdelt-artlist.json", ApiUrl, "application/json"), "gdelt").Items[0];

        Assert.Equal("https://www.example-news.pl/drony-nad-polska", item.ItemId);
        Assert.Equal("https://www.example-news.pl/drony-nad-polska", item.Url);
        Assert.Equal(string.Empty, item.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 10, 5, 15, 0, TimeSpan.Zero), item.PublishedAt);
        Assert.Equal("example-news.pl", item.Outlet);
        Assert.Equal("gdelt", item.SourceName);
    }

    [Fact]
    public void Retokenised_titles_are_normalised_and_the_publisher_country_is_not_used()
    {
        var item = _parser.Parse(Fixture.Document("gdelt-artlist.json", ApiUrl, "application/json"), "gdelt").Items[1];

        Assert.Equal("US - China talks: Today, May 14: what to know!", item.Title);
        Assert.DoesNotContain("United States", item.Title + item.Text + item.Outlet);
    }

    [Fact]
    public void A_response_without_articles_is_zero_items()
    {
        var result = _parser.Parse(Fixture.Document("gdelt-empty.json", ApiUrl, "application/json"), "gdelt");

        Assert.Null(result.Error);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void A_text_html_answer_is_a_failure_carrying_its_first_line()
    {
        var result = _parser.Parse(Fixture.Document("gdelt-error.txt", ApiUrl, "text/html"), "gdelt");

        Assert.Equal("GDELT error: The specified phrase is too short.", result.Error);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public void The_rate_limit_text_under_status_200_is_a_failure_with_a_retry_after()
    {
        var body = "Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.";

        var result = _parser.Parse(Fixture.FromText(body, ApiUrl, "text/html"), "gdelt");

        Assert.StartsWith("GDELT rate limit: Please limit requests", result.Error);
        Assert.Equal(GdeltParser.ThrottleBackoff, result.RetryAfter);
    }

    [Fact]
    public void A_title_quoting_the_rate_limit_text_is_still_an_article()
    {
        const string body = """{"articles":[{"url":"https://example.org/gdelt","title":"GDELT says: Please limit requests","seendate":"20250910T051500Z","domain":"example.org"}]}""";

        var result = _parser.Parse(Fixture.FromText(body, ApiUrl, "application/json"), "gdelt");

        Assert.Null(result.Error);
        Assert.Single(result.Items);
    }

    [Theory]
    [InlineData("{\"articles\": [", "malformed GDELT JSON")]
    [InlineData("{\"articles\": {}}", "not an array")]
    [InlineData("[]", "not an object")]
    public void Broken_json_fails(string body, string expected)
    {
        Assert.Contains(expected, _parser.Parse(Fixture.FromText(body, ApiUrl, "application/json"), "gdelt").Error);
    }

    [Theory]
    [InlineData("Today , May 14 :", "Today, May 14:")]
    [InlineData("Drones  over   Poland !", "Drones over Poland!")]
    [InlineData("Wait ... what ?", "Wait... what?")]
    [InlineData("US - China", "US - China")]
    public void Title_normalisation(string raw, string expected)
    {
        Assert.Equal(expected, GdeltTitle.Normalize(raw));
    }

    [Fact]
    public void Sanitize_only_touches_the_inside_of_strings_and_keeps_valid_escapes()
    {
        var json = "{\n\t\"a\": \"x\u0001y\\n\\u00e9\\\"\", \"b\": \"c\\qd\"}";

        Assert.Equal("{\n\t\"a\": \"x y\\n\\u00e9\\\"\", \"b\": \"cqd\"}", GdeltJson.Sanitize(json));
    }
}
