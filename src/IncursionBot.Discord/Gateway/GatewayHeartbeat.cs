using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Discord.Gateway;

/// <summary>
/// Heartbeats of one connection: the first after a random fraction of the interval (so reconnecting bots do not beat
/// in step), then one per interval with the last sequence number. A beat due while the previous one is still
/// unacknowledged means a zombie connection: it is closed with 4000 (keeping the session resumable).
/// </summary>
internal sealed partial class GatewayHeartbeat(GatewaySession session, TimeProvider time, ILogger logger)
{
    private volatile bool _acknowledged = true;

    /// <summary>Why the connection was dropped as a zombie, or null.</summary>
    public string? ZombieReason { get; private set; }

    public void Acknowledge() => _acknowledged = true;

    public async Task RunAsync(GatewaySocket socket, TimeSpan interval, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, connection.Token);
            while (!connection.IsCancellationRequested)
            {
                if (!_acknowledged)
                {
                    ZombieReason = $"no heartbeat ACK within {interval}: zombie connection";
                    LogZombie(interval);
                    await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "zombie connection");
                    await connection.CancelAsync();
                    return;
                }

                _acknowledged = false;
                await socket.SendAsync(GatewayMessages.Heartbeat(session.Sequence), connection.Token);
                await Task.Delay(interval, time, connection.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended; the receive loop reports why.
        }
        catch (WebSocketException)
        {
            // A failed send means the connection dropped; the receive loop sees it too.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway sent no heartbeat ACK within {Interval}; reconnecting")]
    private partial void LogZombie(TimeSpan interval);
}
