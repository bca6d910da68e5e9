using IncursionBot.Sources.Gdelt;
using IncursionBot.Sources.Http;
using IncursionBot.Testing;
using Microsoft.Extensions.Options;

namespace IncursionBot.Sources.Tests.Gdelt;

public sealed class GdeltPacerTests
{
    private readonly FakeTimeProvider _clock = new();

    private GdeltPacer Pacer(TimeSpan? interval = null) =>
        new(_clock, Options.Create(new SourceHttpOptions { GdeltMinimumInterval = interval ?? TimeSpan.FromSeconds(6) }));

    [Fact]
    public void Back_to_back_requests_are_spaced_by_the_interval()
    {
        var pacer = Pacer();

        Assert.Equal(TimeSpan.Zero, pacer.Reserve());
        Assert.Equal(TimeSpan.FromSeconds(6), pacer.Reserve());
        Assert.Equal(TimeSpan.FromSeconds(12), pacer.Reserve());
    }

    [Fact]
    public void The_wait_shrinks_as_the_clock_moves_and_vanishes_after_the_interval()
    {
        var pacer = Pacer();
        pacer.Reserve();

        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve());

        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve());
    }

    [Fact]
    public void The_interval_never_drops_below_five_seconds_by_default()
    {
        var pacer = new GdeltPacer(_clock, Options.Create(new SourceHttpOptions()));
        pacer.Reserve();

        Assert.True(pacer.Reserve() >= SourceHttpOptions.GdeltDocumentedInterval);
    }

    [Fact]
    public void A_backoff_delays_every_later_request()
    {
        var pacer = Pacer();
        pacer.Reserve();

        pacer.Backoff(TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(60), pacer.Reserve());
    }

    [Fact]
    public void A_backoff_shorter_than_the_queue_changes_nothing()
    {
        var pacer = Pacer();
        pacer.Reserve();
        pacer.Reserve();

        pacer.Backoff(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(12), pacer.Reserve());
    }
}
