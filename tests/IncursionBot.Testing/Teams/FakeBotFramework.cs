using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using IncursionBot.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.Testing.Teams;

/// <summary>
/// A loopback Bot Framework: OpenID metadata and JWKS (test keys), the token endpoint, and a Connector that records
/// every call and answers with scripted responses (default: 200 with a new activity id).
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    private readonly Channel<ConnectorCall> _calls = Channel.CreateUnbounded<ConnectorCall>();
    private LoopbackHttpServer _server = null!;
    private int _activityIds;
    private int _tokensIssued;

    private FakeBotFramework()
    {
    }

    public List<TestSigningKey> PublishedKeys { get; } = [];

    public ConcurrentQueue<Scripted> ConnectorScript { get; } = new();

    public ConcurrentQueue<Scripted> TokenScript { get; } = new();

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    public ConcurrentQueue<string> TokenRequests { get; } = new();

    public int MetadataFetches;

    public int TokenExpiresInSeconds { get; set; } = 3600;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The service URL activities carry: the Connector lives on this same server.</summary>
    public string ServiceUrl => BaseAddress.AbsoluteUri;

    public string MetadataUrl => new Uri(BaseAddress, "openid").AbsoluteUri;

    public string TokenUrl => new Uri(BaseAddress, "token").AbsoluteUri;

    public static async Task<FakeBotFramework> StartAsync(params TestSigningKey[] keys)
    {
        var fake = new FakeBotFramework();
        fake.PublishedKeys.AddRange(keys);
        fake._server = await LoopbackHttpServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>The next Connector call, waiting for background replies (bounded so a missing reply fails instead of hanging).</summary>
    public async Task<ConnectorCall> NextCallAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path == "/openid")
        {
            Interlocked.Increment(ref MetadataFetches);
            await context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["issuer"] = ConnectorTokens.Issuer,
                ["jwks_uri"] = new Uri(BaseAddress, "keys").AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        }
        else if (path == "/keys")
        {
            TestSigningKey[] keys;
            lock (PublishedKeys)
            {
                keys = [.. PublishedKeys];
            }

            await context.Response.WriteAsJsonAsync(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) });
        }
        else if (path == "/token")
        {
            var form = await context.Request.ReadFormAsync();
            TokenRequests.Enqueue(string.Join('&', form.Select(f => $"{f.Key}={f.Value}")));
            var scripted = TokenScript.TryDequeue(out var next) ? next : null;
            await RespondAsync(context, scripted ?? Scripted.Json(200, new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = TokenExpiresInSeconds,
                ["access_token"] = $"connector-token-{Interlocked.Increment(ref _tokensIssued)}",
            }));
        }
        else if (path.Contains("/v3/conversations/", StringComparison.Ordinal))
        {
            var call = await ConnectorCall.ReadAsync(context);
            Calls.Enqueue(call);
            await _calls.Writer.WriteAsync(call);
            var scripted = ConnectorScript.TryDequeue(out var next) ? next : null;
            await RespondAsync(context, scripted ?? Scripted.Json(200, new JsonObject { ["id"] = $"activity-{Interlocked.Increment(ref _activityIds)}" }));
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    private static async Task RespondAsync(HttpContext context, Scripted scripted)
    {
        context.Response.StatusCode = scripted.Status;
        foreach (var (name, value) in scripted.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (scripted.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(scripted.Body);
        }
    }
}

/// <summary>A canned HTTP answer.</summary>
public sealed record Scripted(int Status, string? Body, params (string Name, string Value)[] Headers)
{
    public static Scripted Json(int status, JsonNode body, params (string Name, string Value)[] headers) => new(status, body.ToJsonString(), headers);

    public static Scripted Error(int status, string code, params (string Name, string Value)[] headers) =>
        Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } }, headers);
}

/// <summary>One call the bot made to the fake Connector.</summary>
public sealed record ConnectorCall(string Method, string Host, string ConversationId, string? ActivityId, string? Authorization, JsonNode? Body)
{
    public JsonObject Card => Body!["attachments"]![0]!["content"]!.AsObject();

    public static async Task<ConnectorCall> ReadAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!;
        var segments = path[path.IndexOf("/v3/", StringComparison.Ordinal)..].Split('/');
        var body = await JsonNode.ParseAsync(context.Request.Body);
        return new ConnectorCall(
            context.Request.Method,
            context.Request.Host.Host,
            segments[3],
            segments.Length > 5 ? segments[5] : null,
            context.Request.Headers.Authorization.ToString(),
            body);
    }
}
