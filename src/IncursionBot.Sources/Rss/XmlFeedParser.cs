using IncursionBot.Sources.Http;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Rss;

/// <summary>Parses the XML feed formats behind source type <c>rss</c>: RSS 2.0, RSS 1.0 (RDF) and Atom.</summary>
internal sealed class XmlFeedParser : IFeedParser
{
    public string Accept =>
        "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    public FeedParseResult Parse(FetchedDocument document, string sourceName)
    {
        var text = XmlFeedDecoder.Decode(document.Body, document.CharSet);
        if (string.IsNullOrWhiteSpace(text))
        {
            return FeedParseResult.Fail("the response body is empty");
        }

        if (HtmlSniffer.LooksLikeHtml(text))
        {
            return FeedParseResult.Fail($"expected a feed but received an HTML page ({document.MediaType ?? "no content type"})");
        }

        var xml = XmlFeedLoader.TryLoad(text, out var error);
        if (xml?.Root is not { } root)
        {
            return FeedParseResult.Fail($"malformed XML: {error}");
        }

        return root.Name.LocalName switch
        {
            "rss" => FeedParseResult.Ok(RssReader.Read(root, document.Url, sourceName)),
            "RDF" when root.Name.Namespace == XmlNames.Rdf => FeedParseResult.Ok(RssReader.Read(root, document.Url, sourceName)),
            "feed" when root.Name.Namespace == XmlNames.Atom || root.Name.Namespace == XmlNames.Atom03 =>
                FeedParseResult.Ok(AtomReader.Read(root, document.Url, sourceName)),
            "html" => FeedParseResult.Fail("expected a feed but received an HTML page"),
            _ => FeedParseResult.Fail($"not an RSS or Atom feed: the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}'"),
        };
    }
}
