using BenchmarkDotNet.Attributes;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Benchmarks;

/// <summary>
/// Matching one incident against many channel subscriptions through <see cref="SubscriptionIndex"/>: the cost
/// should follow the incident's countries and platforms, not the number of subscriptions.
/// </summary>
[MemoryDiagnoser]
public class SubscriptionMatchingBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 9, 10, 6, 0, 0, TimeSpan.Zero);

    private SubscriptionIndex _index = null!;
    private Incident _incident = null!;

    [Params(100, 10_000, 100_000)]
    public int Subscriptions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // A seeded mix like a busy deployment: most channels pick one or two countries, some a platform, a few everything.
        var random = new Random(42);
        var countries = Countries.All.Select(c => c.Code).ToArray();
        _index = new SubscriptionIndex(Enumerable.Range(1, Subscriptions).Select(i => new Subscription(
            i,
            new ChannelRef("discord", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            random.Next(10) == 0 ? new HashSet<string>() : Enumerable.Range(0, 1 + random.Next(2)).Select(_ => countries[random.Next(countries.Length)]).ToHashSet(),
            random.Next(3) == 0 ? new HashSet<Platform> { PlatformNames.All[random.Next(PlatformNames.All.Count)] } : new HashSet<Platform>(),
            Now.AddDays(-1),
            IsStatic: false)));
        _incident = new Incident(1, ["PL", "LT"], [Platform.Drone], [Origins.Russia], "h", "s", Now, Now, Now, true, 1, []);
    }

    [Benchmark]
    public int MatchChannels() => _index.MatchChannels(_incident).Count;
}
