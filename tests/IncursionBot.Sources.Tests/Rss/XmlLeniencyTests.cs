using System.Text;
using IncursionBot.Sources.Rss;
using IncursionBot.Sources.Tests.Support;

namespace IncursionBot.Sources.Tests.Rss;

public sealed class XmlLeniencyTests
{
    private readonly XmlFeedParser _parser = new();

    [Theory]
    [InlineData("rss-windows-1252.xml")]
    [InlineData("rss-iso-8859-1.xml")]
    public void Declared_single_byte_encodings_are_decoded(string fixture)
    {
        // The HTTP header claims UTF-8; the document's own declaration is what the bytes follow.
        var result = _parser.Parse(Fixture.Document(fixture, charSet: "utf-8"), "observer");

        var item = Assert.Single(result.Items);
        Assert.Equal("\u201cDrones\u201d over München \u2013 damage €5m", item.Title);
        Assert.Equal("Flughafen München stopped flights; cafés closed.", item.Text);
        Assert.Equal("Zürich Observer", item.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 10, 3, 6, 0, 0, TimeSpan.Zero), item.PublishedAt);
    }

    [Fact]
    public void The_http_charset_is_used_when_the_document_declares_none()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var xml = "<rss version=\"2.0\"><channel><title>Łódź</title><item><title>Zażółć</title></item></channel></rss>";
        var document = Fixture.FromText(xml) with { Body = Encoding.GetEncoding("iso-8859-2").GetBytes(xml), CharSet = "ISO-8859-2" };

        var result = _parser.Parse(document, "s");

        Assert.Equal("Zażółć", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Html_entities_undefined_in_xml_and_bare_ampersands_are_tolerated()
    {
        var result = _parser.Parse(Fixture.Document("rss-html-entities.xml"), "baltic");

        Assert.Null(result.Error);
        Assert.Equal(2, result.Items.Count);
        var first = result.Items[0];
        Assert.Equal("Baltic Desk © 2025", first.Outlet);
        Assert.Equal("Latvia — drone crashes in Rēzekne region", first.Title);
        Assert.Equal("https://baltic.example.lt/en/news/latvia-drone?id=1&ref=rss", first.Url);
        Assert.Equal("Café owners near the AT&T office saw the \u201cGerbera\u201d drone & called police… &bogus; stays.", first.Text);
    }

    [Fact]
    public void Cdata_sections_are_not_rewritten_by_the_entity_repair()
    {
        var result = _parser.Parse(Fixture.Document("rss-html-entities.xml"), "baltic");

        Assert.Equal("Defence ministry: a && b &unknownentity; unchanged", result.Items[1].Text);
    }

    [Fact]
    public void An_html_page_is_a_failure_that_says_so()
    {
        var result = _parser.Parse(Fixture.Document("html-page.html", mediaType: "text/html"), "s");

        Assert.Empty(result.Items);
        Assert.Contains("HTML page", result.Error);
        Assert.Contains("text/html", result.Error);
    }

    [Fact]
    public void Malformed_xml_fails_with_the_parser_message_and_position()
    {
        var result = _parser.Parse(Fixture.Document("malformed.xml"), "s");

        Assert.Empty(result.Items);
        Assert.StartsWith("malformed XML: ", result.Error);
        Assert.Contains("title", result.Error);
        Assert.Contains("Line 7", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<opml version=\"2.0\"><body/></opml>", "root element is <opml>")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\"}", "malformed XML")]
    public void Documents_that_are_not_feeds_fail(string body, string expected)
    {
        var result = _parser.Parse(Fixture.FromText(body), "s");

        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void A_utf16_declaration_on_an_ascii_readable_document_is_read_as_utf8()
    {
        const string xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Kraków</title></item></channel></rss>";

        var result = _parser.Parse(Fixture.FromText(xml), "s");

        Assert.Equal("Kraków", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Whitespace_and_a_byte_order_mark_before_the_declaration_are_tolerated()
    {
        var xml = "\n\n  <?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Ok</title></item></channel></rss>";
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(xml)).ToArray();

        var result = _parser.Parse(Fixture.FromText(xml) with { Body = body }, "s");

        Assert.Equal("Ok", Assert.Single(result.Items).Title);
    }
}
