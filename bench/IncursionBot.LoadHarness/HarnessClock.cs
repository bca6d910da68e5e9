namespace IncursionBot.LoadHarness;

/// <summary>A clock the harness moves itself, so retries and leases behave the same on every run.</summary>
public sealed class HarnessClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
