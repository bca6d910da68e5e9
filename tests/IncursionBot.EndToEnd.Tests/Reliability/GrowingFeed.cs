using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;
using IncursionBot.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// An RSS feed on a loopback server whose items appear as the test publishes them, like a real feed growing, and
/// which counts how often it is polled. The items are real labelled incursion reports, re-dated five days apart so
/// the clusterer (48-hour window) cannot merge two of them: each is exactly one incident.
/// </summary>
public sealed class GrowingFeed : IAsyncDisposable
{
    public const string Path = "feed.xml";

    private readonly LoopbackHttpServer _server;
    private int _published;

    private GrowingFeed(LoopbackHttpServer server, IReadOnlyList<NewsFeed.NewsItem> items)
    {
        _server = server;
        Items = items;
    }

    public IReadOnlyList<NewsFeed.NewsItem> Items { get; }

    /// <summary>The items served so far.</summary>
    public IReadOnlyList<NewsFeed.NewsItem> Published => Items.Take(Volatile.Read(ref _published)).ToArray();

    public Uri Url => _server.Url(Path);

    public int Polls => _server.Requests.Count(r => r.Method == "GET" && r.PathAndQuery.StartsWith("/" + Path, StringComparison.Ordinal));

    public static async Task<GrowingFeed> StartAsync(int incidents)
    {
        var items = DistinctIncursions(incidents);
        GrowingFeed? feed = null;
        var server = await LoopbackHttpServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.WriteAsync(NewsFeed.ToRss(feed!.Published.Reverse()));
        });
        feed = new GrowingFeed(server, items);
        return feed;
    }

    /// <summary>Makes the next <paramref name="count"/> items visible.</summary>
    public void Publish(int count) => Interlocked.Exchange(ref _published, Math.Min(Items.Count, Volatile.Read(ref _published) + count));

    /// <summary>Publishes the items in batches, one batch every <paramref name="spacing"/>, the first at once.</summary>
    public async Task PublishGraduallyAsync(int batch, TimeSpan spacing, CancellationToken cancellationToken)
    {
        while (Published.Count < Items.Count && !cancellationToken.IsCancellationRequested)
        {
            Publish(batch);
            await Task.Delay(spacing, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Incursion reports the bot's own extractor recognises, with distinct canonical URLs, oldest first.</summary>
    private static IReadOnlyList<NewsFeed.NewsItem> DistinctIncursions(int count)
    {
        var extractor = new GazetteerExtractor();
        var picked = NewsFeed.LoadLabelled()
            .Where(i => i.IsIncursion && extractor.Extract(i.Title, i.Text) is { IsIncursion: true, Countries.Count: > 0 })
            .DistinctBy(i => UrlCanonicalizer.Canonicalize(i.Url))
            .DistinctBy(i => AlertLedger.NormalizeUrl(i.Url))
            .Take(count)
            .ToArray();
        if (picked.Length < count)
        {
            throw new InvalidOperationException($"The evaluation set has only {picked.Length} usable incursion reports; {count} were asked for.");
        }

        var first = DateTimeOffset.UtcNow.Date.AddDays(-5 * (count + 1));
        return picked.Select((item, i) => item with { Published = new DateTimeOffset(first.AddDays(5 * i), TimeSpan.Zero) }).ToArray();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
