using System.Diagnostics;
using System.Text.Json.Nodes;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// One reliability scenario's world: a growing news feed, subscribed Discord channels, the fake Discord, a working
/// directory with the bot's configuration, and every bot process started, so that a failure message can show the
/// outbox, the fake's counts and each process's last log lines.
/// </summary>
public sealed class ReliabilityRig : IAsyncDisposable
{
    /// <summary>RFC 8032 test vector 1: a valid Ed25519 public key (interactions are not used here).</summary>
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private readonly List<BotInstance> _instances = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private ReliabilityRig(GrowingFeed feed, FakeDiscordServer discord, int channels)
    {
        Feed = feed;
        Discord = discord;
        Channels = Enumerable.Range(1, channels).Select(i => (1_300_000_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    public TestWorkspace Workspace { get; } = new();

    public GrowingFeed Feed { get; }

    public FakeDiscordServer Discord { get; }

    public IReadOnlyList<string> Channels { get; }

    public static async Task<ReliabilityRig> StartAsync(int incidents, int channels, FaultInjector faults)
    {
        var feed = await GrowingFeed.StartAsync(incidents);
        return new ReliabilityRig(feed, await FakeDiscordServer.StartAsync(faults), channels);
    }

    public JsonObject SqliteStorage() => new()
    {
        ["Provider"] = "Sqlite",
        ["ConnectionString"] = $"Data Source={Path.Combine(Workspace.Directory, "data", "bot.db")}",
    };

    /// <summary>Writes the configuration: the feed, every channel subscribed to everything, Discord at the fake.</summary>
    public string WriteConfig(JsonObject storage, JsonObject delivery, TimeSpan pollInterval)
    {
        var source = TestWorkspace.RssSource("loopback-news", Feed.Url);
        source["PollInterval"] = pollInterval.ToString("c");
        return Workspace.WriteConfig(new JsonArray(source), new JsonObject
        {
            ["Storage"] = storage,
            ["Subscriptions"] = new JsonArray(Channels.Select(c => (JsonNode)new JsonObject
            {
                ["Platform"] = "discord",
                ["Channel"] = c,
                ["Countries"] = new JsonArray("*"),
                ["Platforms"] = new JsonArray("*"),
            }).ToArray()),
            ["Discord"] = new JsonObject
            {
                ["BotToken"] = FakeDiscordServer.Token,
                ["ApplicationId"] = FakeDiscordServer.ApplicationId,
                ["PublicKey"] = PublicKey,
                ["ApiBaseUrl"] = Discord.ApiBaseUrl.ToString(),
                ["GatewayEnabled"] = false,
            },
            ["Delivery"] = delivery,
            ["Serilog"] = Logging(),
        });
    }

    /// <summary>Deliveries, polls and Quartz's start-up lines (which job store, clustered or not); no per-request noise.</summary>
    private static JsonObject Logging() => new()
    {
        ["MinimumLevel"] = new JsonObject
        {
            ["Default"] = "Information",
            ["Override"] = new JsonObject { ["Microsoft"] = "Warning", ["System.Net.Http.HttpClient"] = "Warning" },
        },
        ["WriteTo"] = new JsonArray(new JsonObject
        {
            ["Name"] = "Console",
            ["Args"] = new JsonObject
            {
                ["standardErrorFromLevel"] = "Verbose",
                ["outputTemplate"] = "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{NewLine}{Exception}",
            },
        }),
    };

    public BotInstance StartBot(string name, string config, string? tokenSuffix = null)
    {
        var instance = BotInstance.Start(name, Workspace.Directory, config, tokenSuffix);
        _instances.Add(instance);
        return instance;
    }

    /// <summary>What the fake received, against every item published so far and every channel.</summary>
    public AlertLedger Ledger() => new(Discord.Created, Feed.Published.Select(i => i.Url), Channels);

    /// <summary>
    /// True when every published item reached every channel and <paramref name="instance"/> reports an empty outbox.
    /// A dead-lettered delivery fails at once: it will never arrive.
    /// </summary>
    public async Task<bool> DrainedAsync(BotInstance instance)
    {
        if (!Ledger().IsComplete)
        {
            return false;
        }

        var health = await instance.HealthAsync();
        if (health is { Failed: > 0 })
        {
            throw new Xunit.Sdk.XunitException($"{health.Failed} deliveries were dead-lettered.\n{Diagnostics()}");
        }

        return health is { Pending: 0 };
    }

    /// <summary>Polls <paramref name="condition"/> until true; fails with the diagnostics on timeout or when a running instance died.</summary>
    public async Task WaitUntilAsync(string what, TimeSpan timeout, Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_instances.FirstOrDefault(i => i.Crashed) is { } crashed)
            {
                throw new Xunit.Sdk.XunitException($"Bot instance '{crashed.Name}' exited by itself (code {crashed.Process.ExitCode}) while waiting until {what}.\n{Diagnostics()}");
            }

            if (await condition())
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new Xunit.Sdk.XunitException($"Timed out after {timeout} waiting until {what}.\n{Diagnostics()}");
    }

    /// <summary>Fails unless every (incident, channel) pair was created exactly once.</summary>
    public void AssertEachAlertCreatedExactlyOnce()
    {
        var ledger = Ledger();
        if (ledger.Missing.Count > 0 || ledger.Duplicates.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"Expected each of {ledger.ExpectedPairs} (incident, channel) alerts exactly once: {ledger.Missing.Count} missing, {ledger.Duplicates.Count} duplicated.\n{Diagnostics()}");
        }
    }

    /// <summary>The feed, the fake Discord's counts and the ledger, in a few lines.</summary>
    public string Summary() => string.Join('\n',
        $"after {_clock.Elapsed:mm\\:ss}: feed published {Feed.Published.Count}/{Feed.Items.Count} items, polled {Feed.Polls} times",
        $"fake Discord: {Discord.Summary}",
        $"ledger: {Ledger().Describe()}");

    /// <summary><see cref="Summary"/>, the fake's problems, and each instance's state and last log lines.</summary>
    public string Diagnostics()
    {
        var lines = new List<string> { Summary() };
        lines.AddRange(Discord.Problems.Take(10).Select(p => $"problem: {p}"));
        foreach (var instance in _instances)
        {
            var state = instance.Stopped ? "stopped by the test" : instance.Process.HasExited ? $"EXITED {instance.Process.ExitCode}" : "running";
            lines.Add($"--- instance '{instance.Name}' ({state}; last outbox {instance.LastHealth?.ToString() ?? "unknown"}), stderr tail:");
            lines.Add(instance.StandardErrorTail(20));
        }

        return string.Join('\n', lines);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await Discord.DisposeAsync();
        await Feed.DisposeAsync();
        Workspace.Dispose();
    }
}
