using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace IncursionBot.EndToEnd.Tests;

/// <summary>Real, labelled news items from the evaluation set, served as an RSS 2.0 feed.</summary>
public static class NewsFeed
{
    public sealed record NewsItem(string Id, string Title, string Text, string Url, DateTimeOffset Published, bool IsIncursion);

    public static IReadOnlyList<NewsItem> LoadLabelled()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "eval-items.jsonl");
        return File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Where(item => item["url"]?.GetValue<string>() is { Length: > 0 })
            .Select(item => new NewsItem(
                item["id"]!.ToString(),
                item["title"]!.GetValue<string>(),
                item["text"]?.GetValue<string>() ?? string.Empty,
                item["url"]!.GetValue<string>(),
                DateTimeOffset.TryParse(item["published"]?.ToString(), CultureInfo.InvariantCulture, out var published) ? published : DateTimeOffset.Parse("2025-09-10T06:00:00Z", CultureInfo.InvariantCulture),
                item["is_incursion"]!.GetValue<bool>()))
            .ToArray();
    }

    public static string ToRss(IEnumerable<NewsItem> items, string title = "Loopback defence news")
    {
        var rss = new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel",
                new XElement("title", title),
                new XElement("link", "https://news.example.org/"),
                new XElement("description", "Real articles served from a loopback server"),
                items.Select(i => new XElement("item",
                    new XElement("title", i.Title),
                    new XElement("link", i.Url),
                    new XElement("guid", new XAttribute("isPermaLink", "false"), i.Id),
                    new XElement("pubDate", i.Published.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture)),
                    new XElement("description", new XCData($"<p>{System.Net.WebUtility.HtmlEncode(i.Text)}</p>"))))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), rss).Declaration + "\n" + rss;
    }
}
