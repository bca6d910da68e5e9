using System.IO.Compression;
using IncursionBot.Core.Ports;
using IncursionBot.Sources.Http;
using IncursionBot.Sources.Tests.Support;
using IncursionBot.Testing.Http;
using IncursionBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.Sources.Tests.Http;

/// <summary>The rss source against a real Kestrel server: conditional GET, limits and failures as values.</summary>
public sealed class FeedSourceHttpTests
{
    private const string ETag = "\"feed-v1\"";
    private const string LastModified = "Wed, 10 Sep 2025 06:00:00 GMT";

    private readonly FakeTimeProvider _clock = new();

    private static Task<LoopbackHttpServer> ServeAsync(string path, Func<HttpContext, Task> handler) =>
        LoopbackHttpServer.StartAsync(app => app.MapGet(path, handler));

    private static Task WriteFixture(HttpContext context, string fixture, string contentType = "application/rss+xml; charset=utf-8")
    {
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(Fixture.Bytes(fixture)).AsTask();
    }

    [Fact]
    public async Task Conditional_get_stores_validators_verbatim_and_a_304_is_not_modified()
    {
        await using var server = await ServeAsync("/feed.xml", context =>
        {
            if (context.Request.Headers.IfNoneMatch == ETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = LastModified;
            return WriteFixture(context, "rss2.xml");
        });
        await using var services = TestServices.Build(_clock);
        var source = services.CreateSource("rss", server.Url("feed.xml"));

        var first = await source.PollAsync(SourceCursor.Empty, CancellationToken.None);
        var second = await source.PollAsync(first.Cursor, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Fetched, first.Status);
        Assert.Equal(5, first.Items.Count);
        Assert.Equal(new SourceCursor(ETag, LastModified), first.Cursor);
        Assert.Equal(SourcePollStatus.NotModified, second.Status);
        Assert.Empty(second.Items);
        Assert.Equal(first.Cursor, second.Cursor);
        var conditional = server.Requests.Last();
        Assert.Equal(ETag, conditional.Header("If-None-Match"));
        Assert.Equal(LastModified, conditional.Header("If-Modified-Since"));
        Assert.Null(server.Requests.First().Header("If-None-Match"));
    }

    [Theory]
    [InlineData("W/\"5f3c-1a2b\"")]
    [InlineData("unquoted-etag-from-a-misconfigured-server")]
    public async Task Odd_etags_go_back_exactly_as_received(string etag)
    {
        await using var server = await ServeAsync("/feed.xml", context =>
        {
            context.Response.Headers.ETag = etag;
            return WriteFixture(context, "rdf.xml");
        });
        await using var services = TestServices.Build(_clock);
        var source = services.CreateSource("rss", server.Url("feed.xml"));

        var first = await source.PollAsync(SourceCursor.Empty, CancellationToken.None);
        await source.PollAsync(first.Cursor, CancellationToken.None);

        Assert.Equal(new SourceCursor(etag, null), first.Cursor);
        Assert.Equal(etag, server.Requests.Last().Header("If-None-Match"));
    }

    [Fact]
    public async Task Requests_name_the_bot_accept_feeds_and_offer_compression()
    {
        await using var server = await ServeAsync("/feed.xml", context => WriteFixture(context, "rss2.xml"));
        await using var services = TestServices.Build(_clock);

        await services.CreateSource("rss", server.Url("feed.xml")).PollAsync(SourceCursor.Empty, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal(SourceHttpOptions.DefaultUserAgent, request.Header("User-Agent"));
        Assert.Matches(@"^IncursionBot/\d+\.\d+\.\d+ \(\+https://github\.com/incursionbot/incursionbot\)$", request.Header("User-Agent"));
        Assert.Contains("application/rss+xml", request.Header("Accept"));
        Assert.Contains("application/atom+xml", request.Header("Accept"));
        Assert.Contains("gzip", request.Header("Accept-Encoding"));
        Assert.Contains("br", request.Header("Accept-Encoding"));
    }

    [Fact]
    public async Task A_gzip_body_is_decompressed()
    {
        await using var server = await ServeAsync("/feed.xml", async context =>
        {
            context.Response.ContentType = "application/atom+xml";
            context.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(Fixture.Bytes("atom.xml"));
        });
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("rss", server.Url("feed.xml")).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Fetched, result.Status);
        Assert.Equal(3, result.Items.Count);
    }

    [Fact]
    public async Task Redirects_are_followed_and_relative_links_resolve_against_the_final_url()
    {
        const string feed = "<rss version=\"2.0\"><channel><title>Moved</title><item><title>Drone</title><link>story.html</link></item></channel></rss>";
        await using var server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapGet("/old/rss", () => Results.Redirect("/new/section/rss.xml", permanent: true));
            app.MapGet("/new/section/rss.xml", () => Results.Text(feed, "application/rss+xml"));
        });
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("rss", server.Url("old/rss")).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(server.Url("new/section/story.html").AbsoluteUri, Assert.Single(result.Items).Url);
    }

    [Fact]
    public async Task A_server_error_is_a_failure_with_the_status()
    {
        await using var server = await ServeAsync("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return context.Response.WriteAsync("upstream exploded\nstack trace follows");
        });
        await using var services = TestServices.Build(_clock);
        var cursor = new SourceCursor("\"old\"", null);

        var result = await services.CreateSource("rss", server.Url("feed.xml")).PollAsync(cursor, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.Equal("HTTP 500 Internal Server Error: upstream exploded", result.Error);
        Assert.Null(result.RetryAfter);
        Assert.Equal(cursor, result.Cursor);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("date+90", 90)]
    public async Task A_429_reports_the_servers_retry_after(string retryAfter, int expectedSeconds)
    {
        await using var server = await ServeAsync("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = retryAfter == "date+90"
                ? _clock.GetUtcNow().AddSeconds(90).ToString("R")
                : retryAfter;
            return Task.CompletedTask;
        });
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("rss", server.Url("feed.xml")).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.StartsWith("HTTP 429", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), result.RetryAfter);
    }

    [Fact]
    public async Task A_server_that_hangs_fails_within_the_timeout()
    {
        await using var server = await ServeAsync("/feed.xml", context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using var services = TestServices.Build(_clock, new Dictionary<string, string?> { ["SourceHttp:Timeout"] = "00:00:00.300" });

        var result = await services.CreateSource("rss", server.Url("feed.xml"))
            .PollAsync(SourceCursor.Empty, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.Equal("timed out after 0.3 s", result.Error);
    }

    [Fact]
    public async Task Cancelling_the_callers_token_propagates()
    {
        await using var server = await ServeAsync("/feed.xml", context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using var services = TestServices.Build(_clock);
        using var cancel = new CancellationTokenSource();

        var poll = services.CreateSource("rss", server.Url("feed.xml")).PollAsync(SourceCursor.Empty, cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_fails(bool declaredLength)
    {
        await using var server = await ServeAsync("/feed.xml", async context =>
        {
            var chunk = new byte[1000];
            Array.Fill(chunk, (byte)' ');
            context.Response.ContentType = "application/rss+xml";
            if (declaredLength)
            {
                context.Response.ContentLength = 10 * chunk.Length;
            }

            for (var i = 0; i < 10; i++)
            {
                await context.Response.Body.WriteAsync(chunk);
                await context.Response.Body.FlushAsync();
            }
        });
        await using var services = TestServices.Build(_clock, new Dictionary<string, string?> { ["SourceHttp:MaxResponseBytes"] = "4096" });

        var result = await services.CreateSource("rss", server.Url("feed.xml")).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.Equal("response larger than 4096 bytes", result.Error);
    }

    [Fact]
    public async Task Malformed_xml_is_a_failure_naming_the_problem_and_keeps_the_old_cursor()
    {
        await using var server = await ServeAsync("/feed.xml", context =>
        {
            context.Response.Headers.ETag = "\"broken\"";
            return WriteFixture(context, "malformed.xml");
        });
        await using var services = TestServices.Build(_clock);
        var cursor = new SourceCursor("\"previous\"", LastModified);

        var result = await services.CreateSource("rss", server.Url("feed.xml")).PollAsync(cursor, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.StartsWith("malformed XML:", result.Error);
        Assert.Contains("'title'", result.Error);
        Assert.Equal(cursor, result.Cursor);
    }

    [Fact]
    public async Task An_html_page_instead_of_a_feed_is_a_failure()
    {
        await using var server = await ServeAsync("/hub", context => WriteFixture(context, "html-page.html", "text/html; charset=utf-8"));
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("rss", server.Url("hub")).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.Contains("HTML page", result.Error);
    }

    [Fact]
    public async Task A_refused_connection_is_a_failure()
    {
        var server = await ServeAsync("/feed.xml", context => Task.CompletedTask);
        var url = server.Url("feed.xml");
        await server.DisposeAsync();
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("rss", url).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.StartsWith("request failed:", result.Error);
    }

    [Fact]
    public async Task A_json_feed_is_fetched_with_its_own_accept_header()
    {
        await using var server = await ServeAsync("/feed.json", context => WriteFixture(context, "jsonfeed-1.1.json", "application/feed+json"));
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("jsonfeed", server.Url("feed.json")).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(3, result.Items.Count);
        Assert.StartsWith("application/feed+json", Assert.Single(server.Requests).Header("Accept"));
    }
}
