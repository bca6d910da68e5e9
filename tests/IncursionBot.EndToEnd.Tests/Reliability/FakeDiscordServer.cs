using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// Discord's REST API on a loopback Kestrel, as far as the bot uses it without the Gateway: command registration,
/// <c>POST /channels/{id}/messages</c> with <c>nonce</c> + <c>enforce_nonce</c> (a repeat within
/// <see cref="NonceWindow"/> in the same channel returns the original message and creates nothing), <c>PATCH</c>
/// of a message, rate-limit headers, and injected faults. Every created message is recorded.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    /// <summary>The bot token; an instance may append <c>.name</c> so the fake can tell senders apart.</summary>
    public const string Token = "fake-bot-token";
    public const string ApplicationId = "900000000000000001";

    private const string CreateBucket = "80c17d2f203122d936070c88c8d10f33";
    private const string EditBucket = "4a9c1f5e6b7d2c3a1e0f9b8a7c6d5e4f";

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<CreatedMessage> _created = [];
    private readonly Dictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Fault, int> _faults = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Sender, DateTimeOffset At)>> _nonceSenders = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private long _nextId = 1_400_000_000_000_000_000;
    private int _sends;
    private int _nonceRepeats;
    private int _edits;
    private int _stalled;

    private FakeDiscordServer(FaultInjector faults, RateWindows windows)
    {
        Faults = faults;
        Windows = windows;
    }

    /// <summary>The value for <c>Discord:ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    public FaultInjector Faults { get; }

    public RateWindows Windows { get; }

    /// <summary>How long a nonce is remembered per channel ("the past few minutes").</summary>
    public TimeSpan NonceWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Sends that broke Discord's rules in ways that matter here (no enforced nonce, a nonce too long).</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Every send from this sender (the token's <c>.name</c> suffix) creates its message and then never answers.</summary>
    public string? StallSender { get; set; }

    /// <summary>Sends from <see cref="StallSender"/> left hanging so far.</summary>
    public int StalledSends => Volatile.Read(ref _stalled);

    /// <summary>Added to every message send before it is handled, to make deliveries take a while.</summary>
    public TimeSpan SendLatency { get; set; }

    /// <summary>Create calls whose (channel, nonce) came from more than one sender: two instances sending the same alert.</summary>
    public IReadOnlyList<string> NoncesFromSeveralSenders =>
        _nonceSenders.Where(n => n.Value.Select(v => v.Sender).Distinct().Count() > 1).OrderBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => $"{n.Key} sent by [{string.Join(", ", n.Value.Select(v => $"'{v.Sender}' at {v.At:HH:mm:ss.fff}"))}]").ToArray();

    public IReadOnlyList<CreatedMessage> Created
    {
        get { lock (_gate) { return _created.ToArray(); } }
    }

    public string Summary =>
        $"sends {_sends}, created {Created.Count}, nonce repeats answered with the original {_nonceRepeats}, edits {_edits}, " +
        $"faults [{string.Join(", ", _faults.Where(f => f.Key != Fault.None).OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}], rate-limit breaches {Windows.Breaches}, " +
        $"problems {Problems.Count}";

    public static async Task<FakeDiscordServer> StartAsync(FaultInjector faults, RateWindows? windows = null)
    {
        var fake = new FakeDiscordServer(faults, windows ?? new RateWindows(5, TimeSpan.FromSeconds(1)));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake._app = app;
        fake.ApiBaseUrl = new Uri(address.TrimEnd('/') + "/api/v10");
        return fake;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        const string prefix = "/api/v10/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await ReplyAsync(http, 404, """{"message":"404: Not Found","code":0}""");
            return;
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization != $"Bot {Token}" && !authorization.StartsWith($"Bot {Token}.", StringComparison.Ordinal))
        {
            await ReplyAsync(http, 401, """{"message":"401: Unauthorized","code":0}""");
            return;
        }

        var body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        var segments = path[prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var task = (http.Request.Method, segments) switch
        {
            ("GET", ["applications", _, "commands"]) => Commands(http, "global", null),
            ("GET", ["applications", _, "guilds", var guild, "commands"]) => Commands(http, guild, null),
            ("PUT", ["applications", _, "commands"]) => Commands(http, "global", body),
            ("PUT", ["applications", _, "guilds", var guild, "commands"]) => Commands(http, guild, body),
            ("POST", ["channels", var channel, "messages"]) => SendAsync(http, Sender(authorization), channel, null, body),
            ("PATCH", ["channels", var channel, "messages", var message]) => SendAsync(http, Sender(authorization), channel, message, body),
            _ => ReplyAsync(http, 404, """{"message":"404: Not Found","code":0}"""),
        };
        await task;
    }

    private Task Commands(HttpContext http, string scope, string? put)
    {
        string answer;
        lock (_gate)
        {
            if (put is not null)
            {
                var stored = new JsonArray();
                foreach (var command in JsonNode.Parse(put)!.AsArray().OfType<JsonObject>())
                {
                    var copy = command.DeepClone().AsObject();
                    copy["id"] = NextId();
                    copy["application_id"] = ApplicationId;
                    copy["version"] = NextId();
                    copy["type"] ??= 1;
                    stored.Add(copy);
                }

                _commands[scope] = stored;
            }

            answer = (_commands.TryGetValue(scope, out var commands) ? commands : []).ToJsonString();
        }

        return ReplyAsync(http, 200, answer);
    }

    private static string Sender(string authorization) =>
        authorization.Length > $"Bot {Token}.".Length ? authorization[$"Bot {Token}.".Length..] : string.Empty;

    private static string MessageJson(string id, string channelId, string? nonce) =>
        new JsonObject { ["id"] = id, ["channel_id"] = channelId, ["type"] = 0, ["nonce"] = nonce }.ToJsonString();

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }
}
