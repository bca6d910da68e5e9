using System.Net.WebSockets;

namespace IncursionBot.Discord.Gateway;

/// <summary>A client WebSocket that sends one message at a time and reassembles received frames into whole messages.</summary>
internal sealed class GatewaySocket(ClientWebSocket socket) : IDisposable
{
    /// <summary>READY and GUILD_CREATE of a large guild can be big, but not this big.</summary>
    public const int MaxMessageBytes = 16 * 1024 * 1024;

    private readonly SemaphoreSlim _sendGate = new(1, 1);

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => socket.ConnectAsync(url, cancellationToken);

    public async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>The next whole text message, or null when the server closed the connection (see <see cref="CloseCode"/>).</summary>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (message.Length + result.Count > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, $"A gateway message exceeded {MaxMessageBytes} bytes.");
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    public int? CloseCode => (int?)socket.CloseStatus;

    public string? CloseReason => socket.CloseStatusDescription;

    /// <summary>Closes with <paramref name="code"/> (anything but 1000/1001 keeps the session resumable), giving up after a short wait.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendGate.Dispose();
    }
}
