using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.Testing.Discord;

/// <summary>
/// The Gateway side of the fake: HELLO on connect, HEARTBEAT_ACK (unless told to play dead), IDENTIFY → READY,
/// RESUME → RESUMED (or INVALID_SESSION for an unknown session), and test hooks to dispatch events, ask for a
/// reconnect, invalidate the session or close with a code. Everything that happens is logged in <see cref="Events"/>.
/// </summary>
public sealed class FakeGateway(Func<Uri> url) : IAsyncDisposable
{
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private WebSocket? _current;
    private long _sequence;

    public Uri Url => url();

    public int HeartbeatIntervalMs { get; set; } = 41_250;

    public bool AcknowledgeHeartbeats { get; set; } = true;

    public string? SessionId { get; private set; }

    /// <summary>"connect ?v=10&amp;encoding=json", "identify intents=1", "resume", "heartbeat", "client-close 4000", …</summary>
    public ConcurrentQueue<string> Events { get; } = new();

    public ConcurrentQueue<DateTimeOffset> IdentifyTimes { get; } = new();

    public int Count(string prefix) => Events.Count(e => e.StartsWith(prefix, StringComparison.Ordinal));

    public Task DispatchAsync(string eventName, JsonNode data) =>
        SendAsync(new JsonObject { ["op"] = 0, ["t"] = eventName, ["s"] = Interlocked.Increment(ref _sequence), ["d"] = data });

    public Task SendOpAsync(int op, JsonNode? data) => SendAsync(new JsonObject { ["op"] = op, ["d"] = data });

    public async Task CloseAsync(int code, string reason)
    {
        if (_current is { State: WebSocketState.Open } socket)
        {
            Events.Enqueue($"server-close {code}");
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_current is { State: WebSocketState.Open } socket)
        {
            socket.Abort();
        }

        await Task.CompletedTask;
    }

    internal async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        _current = socket;
        Events.Enqueue($"connect {http.Request.QueryString}");
        await SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } });
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, http.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Events.Enqueue($"client-close {(int?)result.CloseStatus}");
                    break;
                }

                await OnMessageAsync(JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            Events.Enqueue("dropped");
        }
    }

    private async Task OnMessageAsync(JsonNode message)
    {
        var d = message["d"];
        switch (message["op"]!.GetValue<int>())
        {
            case 1:
                Events.Enqueue($"heartbeat {d?.ToJsonString() ?? "null"}");
                if (AcknowledgeHeartbeats)
                {
                    await SendOpAsync(11, null);
                }

                break;
            case 2:
                IdentifyTimes.Enqueue(DateTimeOffset.UtcNow);
                Events.Enqueue($"identify intents={d!["intents"]} properties={d["properties"]?.ToJsonString()}");
                if (d["token"]?.GetValue<string>() != FakeDiscord.Token)
                {
                    await CloseAsync(4004, "Authentication failed.");
                    break;
                }

                SessionId = Guid.NewGuid().ToString("N");
                await DispatchAsync("READY", new JsonObject
                {
                    ["v"] = 10,
                    ["session_id"] = SessionId,
                    ["resume_gateway_url"] = Url.ToString(),
                    ["user"] = new JsonObject { ["id"] = FakeDiscord.ApplicationId, ["username"] = "IncursionBot" },
                    ["guilds"] = new JsonArray(),
                });
                break;
            case 6:
                var known = d!["session_id"]?.GetValue<string>() == SessionId && d["token"]?.GetValue<string>() == FakeDiscord.Token;
                Events.Enqueue($"resume {(known ? "ok" : "rejected")} seq={d["seq"]?.ToJsonString()}");
                await (known ? DispatchAsync("RESUMED", new JsonObject()) : SendOpAsync(9, false));
                break;
        }
    }

    private async Task SendAsync(JsonNode payload)
    {
        if (_current is not { State: WebSocketState.Open } socket)
        {
            return;
        }

        await _sendGate.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendGate.Release();
        }
    }
}
