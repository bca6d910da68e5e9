using IncursionBot.Core.Ports;
using IncursionBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Discord.Tests.Gateway;

/// <summary>With several instances, one holds the gateway connection; another takes over when it goes.</summary>
public sealed class GatewayLeadershipTests : IAsyncLifetime
{
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Only_the_lock_holder_connects_and_a_standby_instance_takes_over_when_it_stops()
    {
        var sharedLock = new OneHolderLock();
        static void Configure(Dictionary<string, string?> s)
        {
            s["Discord:GatewayEnabled"] = "true";
            s["Discord:GatewayStandbyRetry"] = "00:00:00.100";
        }

        var first = await DiscordTestHost.StartAsync(_fake, Configure, instanceLock: sharedLock);
        await Eventually.True(() => _fake.Gateway.Count("identify") == 1, "the first instance identifies");
        await using var second = await DiscordTestHost.StartAsync(_fake, Configure, instanceLock: sharedLock);
        await Eventually.True(() => GatewayState(second) == "standby", "the second instance stands by");
        await Task.Delay(500);
        Assert.Equal(1, _fake.Gateway.Count("identify"));

        await first.DisposeAsync();

        await Eventually.True(() => _fake.Gateway.Count("identify") == 2, "the standby instance takes over");
        await Eventually.True(() => GatewayState(second) == "ready", "the second instance is ready");
    }

    private static string? GatewayState(DiscordTestHost host) =>
        ((Dictionary<string, object?>)host.Services.GetServices<IHealthContributor>().Single(h => h.Name == "discord")
            .GetHealthAsync(CancellationToken.None).Result.Data["gateway"]!)["state"] as string;

    /// <summary>The instance lock as two processes on one database see it, within one test process.</summary>
    private sealed class OneHolderLock : IInstanceLock
    {
        private int _held;

        public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken) =>
            Task.FromResult<IAsyncDisposable?>(Interlocked.CompareExchange(ref _held, 1, 0) == 0 ? new Release(this) : null);

        private sealed class Release(OneHolderLock owner) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                Volatile.Write(ref owner._held, 0);
                return ValueTask.CompletedTask;
            }
        }
    }
}
