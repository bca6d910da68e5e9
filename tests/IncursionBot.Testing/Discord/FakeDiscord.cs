using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Testing.Discord;

/// <summary>
/// A loopback fake of Discord (Kestrel on 127.0.0.1, port 0): the REST routes the bot uses, with real bucket
/// headers, per-channel buckets, a global limit, 429s with float <c>retry_after</c>, enforced nonces, stored
/// commands, and a Gateway WebSocket. Request bodies are validated against Discord's OpenAPI spec.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string Token = "fake-bot-token.Zx9-very-secret";
    public const string ApplicationId = "111111111111111111";

    private readonly WebApplication _app;
    private long _nextId = 1_300_000_000_000_000_000;

    private FakeDiscord(WebApplication app)
    {
        _app = app;
        Gateway = new FakeGateway(() => new Uri($"ws://{BaseUrl.Authority}/gateway"));
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public string ApiBaseUrl => $"{BaseUrl.ToString().TrimEnd('/')}/api/v10";

    public FakeRateLimits Limits { get; } = new();

    public FakeGateway Gateway { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<string> ContractErrors { get; } = new();

    /// <summary>Replies scripted per key (a channel id, "commands", "callback", "webhook"), used before the normal behaviour.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<ScriptedReply>> Scripts { get; } = new();

    /// <summary>Posted messages by id: channel and the last body.</summary>
    public ConcurrentDictionary<string, (string ChannelId, JsonNode Body)> Messages { get; } = new();

    public ConcurrentDictionary<string, JsonArray> Commands { get; } = new();

    public int CommandPuts;

    public int SessionStartsRemaining { get; set; } = 1000;

    /// <summary>When false, every authenticated route answers 401 (a revoked token).</summary>
    public bool AcceptToken { get; set; } = true;

    public IEnumerable<RecordedRequest> RequestsTo(string method, string route) =>
        Requests.Where(r => r.Method == method && r.Route == route);

    public void Script(string key, ScriptedReply reply) => Scripts.GetOrAdd(key, _ => new()).Enqueue(reply);

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.Gateway.HandleAsync);
        app.Map("/api/v10/{**path}", fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address + "/");
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _app.DisposeAsync();
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var segments = (http.Request.RouteValues["path"] as string ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var route = Resolve(http.Request.Method, segments);
        var reply = route is null
            ? new Reply(404, """{"message":"404: Not Found","code":0}""")
            : Answer(http, route, segments, body);
        Requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path, route?.Template ?? "?", body,
            http.Request.Headers.Authorization, http.Request.Headers.UserAgent, http.Request.ContentType, DateTimeOffset.UtcNow, reply.Status));
        foreach (var (name, value) in reply.Headers)
        {
            http.Response.Headers[name] = value;
        }

        http.Response.StatusCode = reply.Status;
        if (reply.Json.Length > 0)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(reply.Json, http.RequestAborted);
        }
    }

    private sealed record Reply(int Status, string Json)
    {
        public List<(string Name, string Value)> Headers { get; } = [];
    }
}
