using IncursionBot.Teams.Throttling;
using IncursionBot.Testing;

namespace IncursionBot.Teams.Tests.Throttling;

public sealed class SlidingWindowLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Seven_per_second_then_the_eighth_waits_for_the_oldest_to_slide_out()
    {
        var limiter = Teams();
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("c1"));
            _time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(930), limiter.TryAcquire("c1"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("c2"));
    }

    [Fact]
    public void Eight_per_two_seconds_holds_the_ninth()
    {
        var limiter = Teams();
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("c1"));
            _time.Advance(TimeSpan.FromMilliseconds(200));
        }

        // The first message was at 0 ms; now is 1600 ms, so the two-second window frees at 2000 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(400), limiter.TryAcquire("c1"));
    }

    [Fact]
    public void Sixty_per_thirty_seconds_and_1800_per_hour_hold_steady_senders()
    {
        var limiter = Teams();
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("c1"));
            _time.Advance(TimeSpan.FromMilliseconds(400));
        }

        Assert.Equal(TimeSpan.FromSeconds(6), limiter.TryAcquire("c1"));
    }

    [Fact]
    public void Fifty_per_second_across_all_conversations()
    {
        var limiter = Teams();
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire($"c{i}"));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire("fresh"));
    }

    [Fact]
    public void A_block_holds_the_key_until_it_ends()
    {
        var limiter = Teams();
        limiter.BlockUntil("c1", _time.GetUtcNow().AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), limiter.TryAcquire("c1"));
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("c1"));
    }

    [Fact]
    public async Task Waiting_gives_up_when_the_wait_exceeds_the_budget()
    {
        var limiter = new SlidingWindowLimiter(TeamsRateLimits.PerWebhook, [], _time);
        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await limiter.WaitAsync("ops", TimeSpan.Zero, CancellationToken.None));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), await limiter.WaitAsync("ops", TimeSpan.FromMilliseconds(100), CancellationToken.None));
    }

    private SlidingWindowLimiter Teams() => new(TeamsRateLimits.PerConversation, TeamsRateLimits.PerApp, _time);
}
