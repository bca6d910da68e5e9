using IncursionBot.Core.Ports;
using IncursionBot.Sources.Gdelt;
using IncursionBot.Sources.Tests.Support;
using IncursionBot.Testing.Http;
using IncursionBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Sources.Tests.Gdelt;

public sealed class GdeltSourceTests
{
    private const string Query = "api/v2/doc/doc?mode=ArtList&format=json&query=drone";

    private readonly FakeTimeProvider _clock = new();

    private static Task<LoopbackHttpServer> ServeAsync(Func<HttpContext, Task> handler) =>
        LoopbackHttpServer.StartAsync(app => app.MapGet("/api/v2/doc/doc", handler));

    [Fact]
    public async Task Fetches_articles_through_the_real_http_stack()
    {
        await using var server = await ServeAsync(context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.Body.WriteAsync(Fixture.Bytes("gdelt-artlist.json")).AsTask();
        });
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("gdelt", server.Url(Query)).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Fetched, result.Status);
        Assert.Equal(3, result.Items.Count);
        Assert.StartsWith("application/json", Assert.Single(server.Requests).Header("Accept"));
    }

    [Fact]
    public async Task A_second_poll_waits_for_the_pacer_before_sending()
    {
        await using var server = await ServeAsync(context => context.Response.WriteAsJsonAsync(new { articles = Array.Empty<object>() }));
        var clock = new ManualTimeProvider();
        await using var services = TestServices.Build(clock);
        var first = services.CreateSource("gdelt", server.Url(Query));
        var second = services.CreateSource("gdelt", server.Url(Query + "+balloon"));

        Assert.Equal(SourcePollStatus.Fetched, (await first.PollAsync(SourceCursor.Empty, CancellationToken.None)).Status);
        var waiting = second.PollAsync(SourceCursor.Empty, CancellationToken.None);

        // The second poll is parked on a 6 s timer of the injected clock and has sent nothing.
        Assert.Contains(TimeSpan.FromSeconds(6), clock.PendingDelays());
        Assert.False(waiting.IsCompleted);
        Assert.Single(server.Requests);

        clock.Advance(TimeSpan.FromSeconds(6));
        var result = await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SourcePollStatus.Fetched, result.Status);
        Assert.Equal(2, server.Requests.Count);
        Assert.EndsWith("+balloon", server.Requests.Last().PathAndQuery);
    }

    [Fact]
    public async Task A_poll_waiting_for_the_pacer_can_be_cancelled()
    {
        await using var server = await ServeAsync(context => context.Response.WriteAsJsonAsync(new { articles = Array.Empty<object>() }));
        await using var services = TestServices.Build(new ManualTimeProvider());
        var source = services.CreateSource("gdelt", server.Url(Query));
        await source.PollAsync(SourceCursor.Empty, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = source.PollAsync(SourceCursor.Empty, cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_html_error_with_status_200_is_a_failure()
    {
        await using var server = await ServeAsync(context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync(Fixture.Text("gdelt-error.txt"));
        });
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("gdelt", server.Url(Query)).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.Equal("GDELT error: The specified phrase is too short.", result.Error);
    }

    [Fact]
    public async Task A_429_without_retry_after_backs_off_every_gdelt_source()
    {
        await using var server = await ServeAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return context.Response.WriteAsync("Please limit requests to one every 5 seconds or contact us for larger queries.");
        });
        await using var services = TestServices.Build(_clock);

        var result = await services.CreateSource("gdelt", server.Url(Query)).PollAsync(SourceCursor.Empty, CancellationToken.None);

        Assert.Equal(SourcePollStatus.Failed, result.Status);
        Assert.Equal(GdeltParser.ThrottleBackoff, result.RetryAfter);
        Assert.Contains("429", result.Error);
        Assert.Contains("Please limit requests", result.Error);
        Assert.Equal(GdeltParser.ThrottleBackoff, services.GetRequiredService<GdeltPacer>().Reserve());
    }

    [Fact]
    public void A_url_that_is_not_an_artlist_json_query_is_a_configuration_error()
    {
        using var services = TestServices.Build(_clock);

        var error = Assert.Throws<ArgumentException>(() =>
            services.CreateSource("gdelt", new Uri("https://api.gdeltproject.org/api/v2/doc/doc?mode=TimelineVol&format=json&query=x")));

        Assert.Contains("mode=ArtList&format=json", error.Message);
    }
}
