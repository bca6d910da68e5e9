using System.Net.WebSockets;
using System.Text.Json;
using IncursionBot.Core.Security;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the Gateway, from HELLO to close: heartbeats with zombie detection
/// (<see cref="GatewayHeartbeat"/>), IDENTIFY or RESUME,
/// dispatches (READY, RESUMED, INTERACTION_CREATE), RECONNECT and INVALID_SESSION, and close codes.
/// </summary>
internal sealed partial class GatewayConnection(
    GatewaySession session,
    Secret token,
    Func<JsonElement, Task> onInteraction,
    DiscordState state,
    TimeProvider time,
    ILogger logger)
{
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private readonly GatewayHeartbeat _heartbeat = new(session, time, logger);
    private bool _established;

    public async Task<GatewayExit> RunAsync(Uri url, CancellationToken cancellationToken)
    {
        using var socket = new GatewaySocket(new ClientWebSocket());
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var resuming = session.CanResume;
        var heartbeat = Task.CompletedTask;
        try
        {
            await ConnectAsync(socket, url, cancellationToken);
            var interval = await ReceiveHelloAsync(socket, connection.Token);
            heartbeat = _heartbeat.RunAsync(socket, interval, connection);
            await socket.SendAsync(resuming ? GatewayMessages.Resume(token, session.Id!, session.Sequence) : GatewayMessages.Identify(token), connection.Token);
            state.SetGateway(resuming ? "resuming" : "identifying");
            return await ReceiveLoopAsync(socket, connection.Token);
        }
        catch (OperationCanceledException) when (_heartbeat.ZombieReason is { } reason && !cancellationToken.IsCancellationRequested)
        {
            return new GatewayExit(GatewayNext.Resume, reason, _established);
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidDataException or TimeoutException)
        {
            return new GatewayExit(GatewayNext.Resume, $"connection lost: {token.Scrub(ex.Message)}", _established);
        }
        finally
        {
            // The heartbeat must be done with the socket before it is disposed.
            await connection.CancelAsync();
            await heartbeat;
        }
    }

    private static async Task ConnectAsync(GatewaySocket socket, Uri url, CancellationToken cancellationToken)
    {
        var withVersion = new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
        await socket.ConnectAsync(withVersion, cancellationToken);
    }

    private async Task<TimeSpan> ReceiveHelloAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        var message = await socket.ReceiveAsync(cancellationToken).WaitAsync(HelloTimeout, time, cancellationToken)
            ?? throw new InvalidDataException($"the gateway closed before HELLO ({socket.CloseCode})");
        var hello = GatewayFrame.Parse(message);
        if (hello is not { Op: GatewayOp.Hello } || hello.Data.ValueKind != JsonValueKind.Object
            || !hello.Data.TryGetProperty("heartbeat_interval", out var ms) || !ms.TryGetDouble(out var interval) || interval <= 0)
        {
            throw new InvalidDataException("the gateway's first message was not HELLO");
        }

        return TimeSpan.FromMilliseconds(interval);
    }

    private async Task<GatewayExit> ReceiveLoopAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync(cancellationToken);
            if (message is null)
            {
                return Closed(socket.CloseCode, socket.CloseReason);
            }

            if (GatewayFrame.Parse(message) is not { } frame)
            {
                continue;
            }

            session.Observe(frame.Sequence);
            switch (frame.Op)
            {
                case GatewayOp.Dispatch:
                    Dispatch(frame);
                    break;
                case GatewayOp.Heartbeat:
                    await socket.SendAsync(GatewayMessages.Heartbeat(session.Sequence), cancellationToken);
                    break;
                case GatewayOp.HeartbeatAck:
                    _heartbeat.Acknowledge();
                    break;
                case GatewayOp.Reconnect:
                    await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "reconnect requested");
                    return new GatewayExit(GatewayNext.Resume, "Discord asked to reconnect (op 7)", _established);
                case GatewayOp.InvalidSession:
                    var resumable = frame.Data.ValueKind == JsonValueKind.True;
                    await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "invalid session");
                    return new GatewayExit(resumable ? GatewayNext.Resume : GatewayNext.Identify,
                        $"invalid session (op 9, resumable: {resumable})", _established);
            }
        }
    }

    private void Dispatch(GatewayFrame frame)
    {
        switch (frame.EventName)
        {
            case "READY":
                var id = frame.Data.TryGetProperty("session_id", out var s) ? s.GetString() : null;
                var url = frame.Data.TryGetProperty("resume_gateway_url", out var r) ? r.GetString() : null;
                if (id is not null && Uri.TryCreate(url, UriKind.Absolute, out var resumeUrl))
                {
                    session.Start(id, resumeUrl);
                }

                _established = true;
                state.SetGateway("ready");
                LogReady();
                break;
            case "RESUMED":
                _established = true;
                state.SetGateway("ready", "resumed");
                LogResumed();
                break;
            case "INTERACTION_CREATE":
                _ = onInteraction(frame.Data);
                break;
        }
    }

    private GatewayExit Closed(int? code, string? reason)
    {
        var text = $"closed by Discord with {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"} {reason}".Trim();
        if (code is { } c && GatewayCloseCodes.FatalReason(c) is { } fatal)
        {
            return new GatewayExit(GatewayNext.Stop, fatal, _established);
        }

        return new GatewayExit(code is { } n && GatewayCloseCodes.NeedsNewSession(n) ? GatewayNext.Identify : GatewayNext.Resume, text, _established);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway ready")]
    private partial void LogReady();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway session resumed")]
    private partial void LogResumed();
}
