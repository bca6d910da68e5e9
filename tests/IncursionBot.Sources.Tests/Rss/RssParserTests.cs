using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Rss;
using IncursionBot.Sources.Tests.Support;

namespace IncursionBot.Sources.Tests.Rss;

public sealed class RssParserTests
{
    private static IReadOnlyList<SourceItem> Parse(string fixture, string url = "https://feeds.example.org/border/feed/")
    {
        var result = new XmlFeedParser().Parse(Fixture.Document(fixture, url), "border");
        Assert.Null(result.Error);
        return result.Items;
    }

    [Fact]
    public void Reads_every_item_with_the_channel_title_as_outlet()
    {
        var items = Parse("rss2.xml");

        Assert.Equal(5, items.Count);
        Assert.All(items, item => Assert.Equal("Notes from the Border", item.Outlet));
        Assert.All(items, item => Assert.Equal("border", item.SourceName));
    }

    [Fact]
    public void Prefers_content_encoded_and_turns_its_cdata_html_into_plain_text()
    {
        var item = Parse("rss2.xml")[0];

        Assert.Equal("Russian drones violate Polish airspace, airports closed", item.Title);
        Assert.Equal(
            "Polish and allied aircraft shot down drones that entered Polish airspace during a Russian attack on Ukraine.\n\n"
            + "Rzeszów & Lublin airports were closed until morning.\n\nWreckage near Wyryki",
            item.Text);
        Assert.DoesNotContain("track", item.Text);
        Assert.DoesNotContain("several drones", item.Text);
    }

    [Fact]
    public void A_guid_that_is_not_a_permalink_is_the_id_but_not_the_url()
    {
        var item = Parse("rss2.xml")[0];

        Assert.Equal("https://news.example.org/?p=41231", item.ItemId);
        Assert.Equal("https://news.example.org/2025/09/10/drones-poland/", item.Url);
        Assert.Equal(new DateTimeOffset(2025, 9, 10, 4, 12, 0, TimeSpan.Zero), item.PublishedAt);
    }

    [Fact]
    public void Entity_escaped_html_description_becomes_plain_text()
    {
        var item = Parse("rss2.xml")[1];

        Assert.Equal(
            "Three Russian MiG-31 fighter jets entered Estonian airspace near Vaindloo island for 12 minutes.\n\nNATO jets were scrambled.",
            item.Text);
    }

    [Fact]
    public void A_relative_link_resolves_against_the_channel_link_not_the_atom_self_link()
    {
        var item = Parse("rss2.xml")[1];

        Assert.Equal("https://news.example.org/2025/09/19/estonia-mig31/", item.Url);
        Assert.Equal(new DateTimeOffset(2025, 9, 19, 14, 0, 0, TimeSpan.Zero), item.PublishedAt);
    }

    [Fact]
    public void Without_a_guid_the_link_is_the_id_and_two_digit_years_and_named_zones_are_read()
    {
        var item = Parse("rss2.xml")[2];

        Assert.Equal("https://news.example.org/2025/10/24/vilnius-balloons/", item.ItemId);
        Assert.Equal(new DateTimeOffset(2025, 10, 24, 18, 30, 0, TimeSpan.Zero), item.PublishedAt);
        Assert.Equal("Smuggling balloons drifted over Lithuania & forced the airport to close.", item.Text);
    }

    [Fact]
    public void A_permalink_guid_stands_in_for_a_missing_link()
    {
        var item = Parse("rss2.xml")[3];

        Assert.Equal("https://news.example.org/2025/09/22/copenhagen-drones/", item.ItemId);
        Assert.Equal("https://news.example.org/2025/09/22/copenhagen-drones/", item.Url);
        Assert.Null(item.PublishedAt);
    }

    [Fact]
    public void Without_guid_or_link_the_id_is_a_stable_hash_of_title_and_date()
    {
        var first = Parse("rss2.xml")[4];
        var again = Parse("rss2.xml")[4];

        Assert.StartsWith("sha256:", first.ItemId);
        Assert.Equal(first.ItemId, again.ItemId);
        Assert.Null(first.Url);
        Assert.Equal(string.Empty, first.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 13, 23, 0, 0, TimeSpan.Zero), first.PublishedAt);
    }

    [Fact]
    public void Relative_links_resolve_against_the_feed_url_when_the_channel_has_no_link()
    {
        const string feed = """
            <rss version="2.0"><channel><title>T</title>
              <item><title>One</title><link>story/1</link></item>
              <item xml:base="https://cdn.example.net/mirror/"><title>Two</title><link>story/2</link></item>
            </channel></rss>
            """;
        var result = new XmlFeedParser().Parse(Fixture.FromText(feed, "https://feeds.example.org/section/rss.xml"), "s");

        Assert.Equal("https://feeds.example.org/section/story/1", result.Items[0].Url);
        Assert.Equal("https://cdn.example.net/mirror/story/2", result.Items[1].Url);
    }

    [Fact]
    public void The_outlet_falls_back_to_the_host_of_the_channel_link()
    {
        const string feed = "<rss version=\"2.0\"><channel><link>https://www.example.pl/</link><item><title>A</title></item></channel></rss>";

        var result = new XmlFeedParser().Parse(Fixture.FromText(feed), "s");

        Assert.Equal("example.pl", result.Items.Single().Outlet);
    }

    [Fact]
    public void An_item_with_only_a_description_gets_its_first_line_as_title()
    {
        const string feed = "<rss version=\"2.0\"><channel><title>T</title><item><description>&lt;p&gt;Drone seen over Rzeszów.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</description></item><item></item></channel></rss>";

        var result = new XmlFeedParser().Parse(Fixture.FromText(feed), "s");

        Assert.Equal("Drone seen over Rzeszów.", Assert.Single(result.Items).Title);
    }
}
