using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Rss;
using IncursionBot.Sources.Tests.Support;

namespace IncursionBot.Sources.Tests.Rss;

public sealed class AtomAndRdfParserTests
{
    private static IReadOnlyList<SourceItem> Parse(string fixture)
    {
        var result = new XmlFeedParser().Parse(Fixture.Document(fixture, "https://defence.example.com/atom.xml"), "wire");
        Assert.Null(result.Error);
        return result.Items;
    }

    [Fact]
    public void Atom_entry_reads_xhtml_content_html_title_and_prefers_published()
    {
        var entry = Parse("atom.xml")[0];

        Assert.Equal("tag:defence.example.com,2025:1", entry.ItemId);
        Assert.Equal("Drones spotted over Aalborg airport", entry.Title);
        Assert.Equal("Danish police said drones were seen near Aalborg airport & a military base.\n\nFlights were halted for three hours.", entry.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 25, 4, 30, 0, TimeSpan.Zero), entry.PublishedAt);
        Assert.Equal("Defence Wire", entry.Outlet);
    }

    [Fact]
    public void Atom_prefers_the_html_alternate_link_resolved_against_xml_base()
    {
        var entry = Parse("atom.xml")[0];

        Assert.Equal("https://defence.example.com/news/2025/09/25/aalborg-drones", entry.Url);
    }

    [Fact]
    public void Atom_link_without_rel_is_the_alternate_and_nested_xml_base_applies()
    {
        var entry = Parse("atom.xml")[1];

        Assert.Equal("https://defence.example.com/archive/finland-violation.html", entry.Url);
        Assert.Equal("A Russian helicopter is suspected of violating Finnish airspace near Porvoo.", entry.Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 26, 12, 0, 0, TimeSpan.Zero), entry.PublishedAt);
    }

    [Fact]
    public void Atom_out_of_line_content_falls_back_to_summary_and_text_titles_keep_angle_brackets()
    {
        var entry = Parse("atom.xml")[2];

        Assert.Equal("Out-of-line content < inline", entry.Title);
        Assert.Equal("Summary used because the content is out of line.", entry.Text);
        Assert.Equal("https://other.example.net/story", entry.Url);
    }

    [Fact]
    public void Rdf_items_beside_the_channel_are_read_with_dc_date_and_rdf_about_as_id()
    {
        var items = Parse("rdf.xml");

        Assert.Equal(2, items.Count);
        Assert.Equal("https://www.example.de/en/germany-drone-sightings/a-74212345", items[0].ItemId);
        Assert.Equal("https://www.example.de/en/germany-drone-sightings/a-74212345?maca=en-rss", items[0].Url);
        Assert.Equal("Unidentified drones were seen over bases in Schleswig-Holstein.", items[0].Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 26, 15, 45, 0, TimeSpan.Zero), items[0].PublishedAt);
        Assert.Equal("World Service | English", items[0].Outlet);
        Assert.Equal("Air traffic at Oslo airport was halted for about three hours.", items[1].Text);
        Assert.Equal(new DateTimeOffset(2025, 9, 22, 23, 10, 0, TimeSpan.Zero), items[1].PublishedAt);
    }
}
