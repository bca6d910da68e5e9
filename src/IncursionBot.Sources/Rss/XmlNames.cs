using System.Xml.Linq;

namespace IncursionBot.Sources.Rss;

/// <summary>The namespaces feed documents use, and lookups that tolerate RSS's several namespace conventions.</summary>
internal static class XmlNames
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Children named <paramref name="localName"/> in no namespace or one of the RSS namespaces
    /// (so <c>atom:link</c> inside an RSS channel is not mistaken for the channel link).</summary>
    public static IEnumerable<XElement> RssChildren(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && IsRss(e.Name.Namespace));

    public static XElement? RssChild(XElement parent, string localName) => RssChildren(parent, localName).FirstOrDefault();

    public static string? Value(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    /// <summary>The base URI in scope at <paramref name="element"/>: each <c>xml:base</c> from the root down,
    /// applied on top of <paramref name="fallback"/>.</summary>
    public static Uri BaseOf(XElement element, Uri fallback)
    {
        var result = fallback;
        foreach (var scope in element.AncestorsAndSelf().Reverse())
        {
            var value = scope.Attribute(XNamespace.Xml + "base")?.Value.Trim();
            if (!string.IsNullOrEmpty(value) && Uri.TryCreate(result, value, out var combined))
            {
                result = combined;
            }
        }

        return result;
    }

    private static bool IsRss(XNamespace ns) => ns == XNamespace.None || ns == Rss10 || ns == Rss090;
}
