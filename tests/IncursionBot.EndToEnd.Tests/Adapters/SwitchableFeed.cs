using IncursionBot.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests.Adapters;

/// <summary>
/// A loopback RSS feed that is empty until the test publishes items, so an item is first seen only after the
/// channel under test has subscribed (a channel never receives the backlog).
/// </summary>
public sealed class SwitchableFeed : IAsyncDisposable
{
    /// <summary>The shortest poll interval the bot accepts.</summary>
    public const string PollInterval = "00:00:10";

    private volatile NewsFeed.NewsItem[] _items = [];
    private LoopbackHttpServer _server = null!;

    public Uri Url => _server.Url("feed.xml");

    /// <summary>How many times the bot has fetched the feed.</summary>
    public int Polls => _server.Requests.Count;

    public static async Task<SwitchableFeed> StartAsync()
    {
        var feed = new SwitchableFeed();
        feed._server = await LoopbackHttpServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.WriteAsync(NewsFeed.ToRss(feed._items));
        });
        return feed;
    }

    public void Publish(params NewsFeed.NewsItem[] items) => _items = items;

    public System.Text.Json.Nodes.JsonObject Source()
    {
        var source = TestWorkspace.RssSource("loopback-news", Url);
        source["PollInterval"] = PollInterval;
        return source;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
