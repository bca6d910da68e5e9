using IncursionBot.Sources.JsonFeed;
using IncursionBot.Sources.Tests.Support;

namespace IncursionBot.Sources.Tests.JsonFeed;

public sealed class JsonFeedParserTests
{
    private readonly JsonFeedParser _parser = new();

    [Fact]
    public void Version_1_1_item_prefers_content_html_and_resolves_its_url_against_the_home_page()
    {
        var result = _parser.Parse(Fixture.Document("jsonfeed-1.1.json", "https://cdn.example.eu/feeds/main.json"), "monitor");

        Assert.Null(result.Error);
        Assert.Equal(3, result.Items.Count);
        var item = result.Items[0];
        Assert.Equal("https://monitor.example.eu/2025/09/29/moldova-drone", item.ItemId);
        Assert.Equal("https://monitor.example.eu/2025/09/29/moldova-drone", item.Url);
        Assert.Equal("Drone crashes in Moldova near the Ukrainian border", item.Title);
        Assert.Equal("A Gerbera drone fell near Ocnița.\n\nPolice cordoned off the area.", item.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 29, 1, 15, 0, TimeSpan.Zero), item.PublishedAt);
        Assert.Equal("Airspace Monitor", item.Outlet);
    }

    [Fact]
    public void Version_1_1_falls_back_to_external_url_content_text_and_date_modified()
    {
        var item = _parser.Parse(Fixture.Document("jsonfeed-1.1.json"), "monitor").Items[1];

        Assert.Equal("item-2", item.ItemId);
        Assert.Equal("https://elsewhere.example.com/romania-f16", item.Url);
        Assert.Equal("Two F-16s were scrambled.\n\nThe drone left Romanian airspace.", item.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 13, 19, 0, 0, TimeSpan.Zero), item.PublishedAt);
    }

    [Fact]
    public void An_untitled_item_takes_its_summary_as_title()
    {
        var item = _parser.Parse(Fixture.Document("jsonfeed-1.1.json"), "monitor").Items[2];

        Assert.Equal("Norwegian police report drone activity at Bergen airport.", item.Title);
        Assert.Null(item.Url);
        Assert.Null(item.PublishedAt);
    }

    [Fact]
    public void Version_1_accepts_numeric_ids_and_names_the_outlet_after_the_single_author()
    {
        var result = _parser.Parse(Fixture.Document("jsonfeed-1.0.json"), "blog");

        Assert.Null(result.Error);
        Assert.Equal(["20251024", "3.5e2"], result.Items.Select(i => i.ItemId));
        Assert.All(result.Items, i => Assert.Equal("Baltic Watch", i.Outlet));
        Assert.Equal("The airport closed for the third time this week.", result.Items[0].Text);
        Assert.Equal("Untitled post about a helicopter near Narva.", result.Items[1].Title);
    }

    [Fact]
    public void Without_feed_title_or_author_the_outlet_is_the_host()
    {
        const string feed = """{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"T","content_text":"x","authors":[{"name":"Jane Doe"}]}]}""";

        var result = _parser.Parse(Fixture.FromText(feed, "https://jane.example.net/feed.json"), "s");

        Assert.Equal("jane.example.net", Assert.Single(result.Items).Outlet);
    }

    [Theory]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[", "malformed JSON")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"no items\"}", "no \"items\" array")]
    [InlineData("{\"version\":\"https://example.com/other\",\"items\":[]}", "unsupported JSON Feed version")]
    [InlineData("[1,2,3]", "no \"items\" array")]
    [InlineData("<!DOCTYPE html><html><body>Not here</body></html>", "HTML page")]
    public void Bad_documents_fail_with_a_reason(string body, string expected)
    {
        var result = _parser.Parse(Fixture.FromText(body), "s");

        Assert.Empty(result.Items);
        Assert.Contains(expected, result.Error);
    }
}
