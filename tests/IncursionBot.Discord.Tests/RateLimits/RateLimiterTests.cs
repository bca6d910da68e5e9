using IncursionBot.Discord.RateLimits;
using IncursionBot.Discord.Rest;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.RateLimits;

/// <summary>The limiter on a manual clock: nothing sleeps, time moves when the test says so.</summary>
public sealed class RateLimiterTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly InvalidRequestGuard _invalid;
    private readonly GlobalRateLimit _global;
    private readonly RestRateLimiter _limiter;

    public RateLimiterTests()
    {
        _invalid = new InvalidRequestGuard(_time);
        _global = new GlobalRateLimit(_time, 50);
        _limiter = new RestRateLimiter(_global, _invalid, _time);
    }

    private static RateLimitHeaders Headers(int limit, int remaining, double resetAfter, string? bucket = "abc") =>
        new(limit, remaining, TimeSpan.FromSeconds(resetAfter), bucket, false, null, null);

    private static RateLimitHeaders NoHeaders => new(null, null, null, null, false, null, null);

    [Fact]
    public async Task An_unknown_bucket_lets_one_request_through_until_its_headers_arrive()
    {
        var route = DiscordRoute.CreateMessage("1");
        var first = await _limiter.AcquireAsync(route, CancellationToken.None);
        var second = _limiter.AcquireAsync(route, CancellationToken.None);

        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        _limiter.Complete(route, first, 200, Headers(5, 4, 1), null);
        var lease = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(lease.Bucket.HoldsTurnstile);
    }

    [Fact]
    public async Task Other_channels_have_their_own_buckets()
    {
        var first = await _limiter.AcquireAsync(DiscordRoute.CreateMessage("1"), CancellationToken.None);

        var other = await _limiter.AcquireAsync(DiscordRoute.CreateMessage("2"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(first.Bucket.HoldsTurnstile);
        Assert.True(other.Bucket.HoldsTurnstile);
    }

    [Fact]
    public async Task A_spent_bucket_waits_for_reset_after()
    {
        var route = DiscordRoute.CreateMessage("1");
        _limiter.Complete(route, await _limiter.AcquireAsync(route, CancellationToken.None), 200, Headers(1, 0, 2.5), null);

        var next = _limiter.AcquireAsync(route, CancellationToken.None);
        await Eventually.True(() => _time.PendingTimers > 0, "the request waits on a timer");
        _time.Advance(TimeSpan.FromSeconds(2));
        await Task.Delay(50);
        Assert.False(next.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.6));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Known_buckets_allow_as_many_requests_as_remain()
    {
        var route = DiscordRoute.CreateMessage("1");
        _limiter.Complete(route, await _limiter.AcquireAsync(route, CancellationToken.None), 200, Headers(5, 3, 5), null);

        for (var i = 0; i < 3; i++)
        {
            await _limiter.AcquireAsync(route, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }

        var fifth = _limiter.AcquireAsync(route, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(fifth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));
        await fifth.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_429_empties_the_bucket_for_the_float_retry_after()
    {
        var route = DiscordRoute.CreateMessage("1");
        _limiter.Complete(route, await _limiter.AcquireAsync(route, CancellationToken.None), 429, Headers(5, 3, 0.1), TimeSpan.FromSeconds(1.25));

        var next = _limiter.AcquireAsync(route, CancellationToken.None);
        await Task.Delay(50);
        _time.Advance(TimeSpan.FromSeconds(1.2));
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Routes_that_Discord_names_the_same_bucket_share_its_state()
    {
        var create = DiscordRoute.CreateMessage("1");
        var edit = DiscordRoute.EditMessage("1", "9");
        _limiter.Complete(create, await _limiter.AcquireAsync(create, CancellationToken.None), 200, Headers(2, 0, 3, "shared"), null);
        _limiter.Complete(edit, await _limiter.AcquireAsync(edit, CancellationToken.None), 200, Headers(2, 0, 3, "shared"), null);

        var next = _limiter.AcquireAsync(create, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(3));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_bucket_name_learned_on_one_channel_does_not_split_another_channels_bucket()
    {
        var one = DiscordRoute.CreateMessage("1");
        var two = DiscordRoute.CreateMessage("2");
        var inFlightOnTwo = await _limiter.AcquireAsync(two, CancellationToken.None);
        _limiter.Complete(one, await _limiter.AcquireAsync(one, CancellationToken.None), 200, Headers(5, 4, 1, "msg"), null);

        var secondOnTwo = _limiter.AcquireAsync(two, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(secondOnTwo.IsCompleted);

        _limiter.Complete(two, inFlightOnTwo, 200, Headers(5, 4, 1, "msg"), null);
        await secondOnTwo.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_global_limit_allows_50_requests_per_second_and_interactions_bypass_it()
    {
        var slots = new List<GlobalSlot>();
        for (var i = 0; i < 50; i++)
        {
            slots.Add(await _global.AcquireAsync(CancellationToken.None));
        }

        var blocked = _limiter.AcquireAsync(DiscordRoute.CreateMessage("1"), CancellationToken.None);
        var callback = await _limiter.AcquireAsync(DiscordRoute.InteractionCallback("5", "token"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(callback);
        slots.ForEach(s => s.Release());
        await Eventually.True(() => _time.PendingTimers > 0, "the blocked request counts down from the answers");
        Assert.False(blocked.IsCompleted);

        _time.Advance(GlobalRateLimit.Window);
        await blocked.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_request_holds_its_global_slot_until_a_window_after_its_answer()
    {
        var slots = new List<GlobalSlot>();
        for (var i = 0; i < 50; i++)
        {
            slots.Add(await _global.AcquireAsync(CancellationToken.None));
        }

        var blocked = _global.AcquireAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.False(blocked.IsCompleted);

        slots[0].Release();
        await Eventually.True(() => _time.PendingTimers > 0, "the slot counts down");
        _time.Advance(GlobalRateLimit.Window - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        Assert.False(blocked.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await blocked.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_global_429_pauses_every_route()
    {
        var route = DiscordRoute.CreateMessage("1");
        var lease = await _limiter.AcquireAsync(route, CancellationToken.None);
        _limiter.Complete(route, lease, 429, NoHeaders with { Global = true }, TimeSpan.FromSeconds(2));

        var other = _limiter.AcquireAsync(DiscordRoute.CreateMessage("2"), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(other.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        await other.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Invalid_requests_slow_down_well_before_the_ban()
    {
        var forbidden = NoHeaders;
        for (var i = 0; i < InvalidRequestGuard.SlowDownAt - 1; i++)
        {
            _invalid.Record(403, forbidden);
        }

        Assert.Equal(TimeSpan.Zero, _invalid.Delay());
        _invalid.Record(401, forbidden);
        Assert.True(_invalid.Delay() > TimeSpan.Zero);

        _invalid.Record(429, forbidden with { Scope = "shared" });
        _invalid.Record(404, forbidden);
        Assert.Equal(InvalidRequestGuard.SlowDownAt, _invalid.Count);

        for (var i = _invalid.Count; i < InvalidRequestGuard.StopAt; i++)
        {
            _invalid.Record(429, forbidden);
        }

        Assert.True(InvalidRequestGuard.StopAt < InvalidRequestGuard.DiscordBanThreshold);
        Assert.True(_invalid.Delay() > TimeSpan.FromMinutes(9));
        _time.Advance(InvalidRequestGuard.Window);
        Assert.Equal(0, _invalid.Count);
    }
}
