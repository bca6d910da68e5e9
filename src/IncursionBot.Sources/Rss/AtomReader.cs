using System.Xml.Linq;
using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Text;
using static IncursionBot.Sources.Rss.XmlNames;

namespace IncursionBot.Sources.Rss;

/// <summary>Reads Atom 1.0 feeds (RFC 4287), and the common subset of the older Atom 0.3.</summary>
internal static class AtomReader
{
    public static IReadOnlyList<SourceItem> Read(XElement feed, Uri feedUrl, string sourceName)
    {
        var ns = feed.Name.Namespace;
        var feedLink = AlternateLink(feed, feedUrl);
        var outlet = NonEmpty(TextConstruct.ToSingleLine(feed.Element(ns + "title"))) ?? Links.Host(feedLink ?? feedUrl);
        return feed.Elements(ns + "entry")
            .Select(entry => ReadEntry(entry, ns, feedUrl, sourceName, outlet))
            .OfType<SourceItem>()
            .ToArray();
    }

    private static SourceItem? ReadEntry(XElement entry, XNamespace ns, Uri feedUrl, string sourceName, string? outlet)
    {
        var content = entry.Element(ns + "content");
        // Out-of-line content (src=) has no text here; the summary is all there is.
        var body = content is not null && content.Attribute("src") is null ? content : entry.Element(ns + "summary");
        var text = TextConstruct.ToPlainText(body);
        var title = NonEmpty(TextConstruct.ToSingleLine(entry.Element(ns + "title"))) ?? Headline.FromText(text);
        if (title is null)
        {
            return null;
        }

        var url = AlternateLink(entry, feedUrl);
        // Prefer the publication date: "updated" moves on every edit.
        var dateText = Value(entry.Element(ns + "published")) ?? Value(entry.Element(ns + "issued"))
            ?? Value(entry.Element(ns + "updated")) ?? Value(entry.Element(ns + "modified"));
        var id = Value(entry.Element(ns + "id")) ?? url?.AbsoluteUri ?? ItemIds.Hash(title, dateText);
        return new SourceItem(sourceName, id, url?.AbsoluteUri, title, text, FeedDates.Parse(dateText), outlet);
    }

    /// <summary>The <c>rel="alternate"</c> link (the default rel), HTML first.</summary>
    private static Uri? AlternateLink(XElement parent, Uri feedUrl)
    {
        var alternates = parent.Elements(parent.Name.Namespace + "link")
            .Where(l => (l.Attribute("rel")?.Value.Trim() ?? "alternate") is "alternate" or "")
            .ToArray();
        var best = alternates.FirstOrDefault(l => l.Attribute("type")?.Value.Trim() is null or "text/html" or "application/xhtml+xml")
            ?? alternates.FirstOrDefault();
        return best is null ? null : Links.Resolve(BaseOf(best, feedUrl), best.Attribute("href")?.Value);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
