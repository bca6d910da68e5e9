using IncursionBot.Core.Alerts;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Console;

/// <summary>
/// Prints alerts to standard output as readable blocks: the embedded default when no chat platform is
/// configured. Logs go to standard error, so the alert stream can be piped on its own.
/// </summary>
public sealed class ConsoleChatAdapter(TextWriter output) : IChatAdapter
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public string Platform => "console";

    public async Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken)
    {
        var block = new System.Text.StringBuilder();
        block.AppendLine(new string('=', 72));
        if (alert.IsGroup)
        {
            block.Append(alert.Alerts.Count).Append(" new incidents for ").AppendLine(channel.Id);
        }

        foreach (var message in alert.Alerts)
        {
            block.Append(TextAlertRenderer.Render(message, alert.IsUpdate));
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(block.ToString().AsMemory(), cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }

        return DeliveryResult.Delivered(alert.ExistingMessageId ?? $"console-{alert.IdempotencyKey}");
    }
}
