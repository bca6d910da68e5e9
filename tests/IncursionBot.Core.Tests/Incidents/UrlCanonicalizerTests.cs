using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Tests.Incidents;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://www.example.com/news/drones/?utm_source=rss&utm_medium=feed", "https://example.com/news/drones")]
    [InlineData("http://Example.com/a?b=2&a=1#comments", "https://example.com/a?a=1&b=2")]
    [InlineData("https://example.com/a?fbclid=xyz&id=42&gclid=1", "https://example.com/a?id=42")]
    [InlineData("https://example.com:8443/a/", "https://example.com:8443/a")]
    public void Strips_tracking_and_presentation_differences(string url, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));

    [Fact]
    public void Keeps_parameters_that_select_content() =>
        Assert.NotEqual(UrlCanonicalizer.Canonicalize("https://example.com/story?id=1"), UrlCanonicalizer.Canonicalize("https://example.com/story?id=2"));

    [Fact]
    public void Leaves_non_http_identifiers_alone() =>
        Assert.Equal("urn:uuid:1234", UrlCanonicalizer.Canonicalize(" urn:uuid:1234 "));
}
