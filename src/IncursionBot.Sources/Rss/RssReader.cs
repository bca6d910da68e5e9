using System.Xml.Linq;
using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Text;
using static IncursionBot.Sources.Rss.XmlNames;

namespace IncursionBot.Sources.Rss;

/// <summary>Reads RSS 0.9x/2.0 (<c>&lt;rss&gt;</c>) and RSS 1.0/0.90 (<c>&lt;rdf:RDF&gt;</c>) documents.</summary>
internal static class RssReader
{
    public static IReadOnlyList<SourceItem> Read(XElement root, Uri feedUrl, string sourceName)
    {
        var channel = RssChild(root, "channel") ?? root;
        var channelLink = Links.Resolve(BaseOf(channel, feedUrl), Value(RssChild(channel, "link")));
        var outlet = NonEmpty(HtmlText.ToSingleLine(Value(RssChild(channel, "title")))) ?? Links.Host(channelLink ?? feedUrl);
        // RSS 2.0 nests items in the channel; RSS 1.0 and 0.90 put them beside it.
        var items = RssChildren(channel, "item").Concat(channel == root ? [] : RssChildren(root, "item"));
        return items
            .Select(item => ReadItem(item, channelLink ?? feedUrl, sourceName, outlet))
            .OfType<SourceItem>()
            .ToArray();
    }

    private static SourceItem? ReadItem(XElement item, Uri fallbackBase, string sourceName, string? outlet)
    {
        var baseUri = BaseOf(item, fallbackBase);
        var html = Value(item.Element(Content + "encoded")) ?? Value(RssChild(item, "description"));
        var text = HtmlText.ToPlainText(html);
        var title = NonEmpty(HtmlText.ToSingleLine(Value(RssChild(item, "title")))) ?? Headline.FromText(text);
        if (title is null)
        {
            return null;
        }

        var guidElement = RssChild(item, "guid");
        var guid = Value(guidElement);
        var permaLink = !string.Equals(guidElement?.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var url = Links.Resolve(baseUri, Value(RssChild(item, "link")))
            ?? (permaLink && Uri.TryCreate(guid, UriKind.Absolute, out var guidUrl) ? Links.Resolve(null, guidUrl.AbsoluteUri) : null);

        var dateText = Value(RssChild(item, "pubDate")) ?? Value(item.Element(DublinCore + "date"));
        var about = item.Attribute(Rdf + "about")?.Value.Trim();
        var id = guid ?? NonEmpty(about) ?? url?.AbsoluteUri ?? ItemIds.Hash(title, dateText);
        return new SourceItem(sourceName, id, url?.AbsoluteUri, title, text, FeedDates.Parse(dateText), outlet);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
