using IncursionBot.Core.Alerts;
using IncursionBot.Core.Ports;

namespace IncursionBot.Cli;

/// <summary><c>deliveries [--failed] [--retry ID]</c>: lists outbox rows, or requeues a dead-lettered one.</summary>
public static class DeliveriesVerb
{
    public const int ListLimit = 200;

    public static async Task<int> RunAsync(IServiceProvider services, bool failedOnly, long? retryId, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IDeliveryStore>();
        if (retryId is { } id)
        {
            if (!await store.RequeueAsync(id, services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken))
            {
                await error.WriteLineAsync($"No failed delivery #{id}. List them with: deliveries --failed");
                return 2;
            }

            await output.WriteLineAsync($"Delivery #{id} is queued again; the running service will send it.");
            return 0;
        }

        var rows = await store.ListAsync(failedOnly, ListLimit, cancellationToken);
        await output.WriteLineAsync($"{rows.Count} {(failedOnly ? "failed " : string.Empty)}deliveries{(rows.Count == ListLimit ? $" (newest {ListLimit})" : string.Empty)}");
        foreach (var row in rows)
        {
            await output.WriteLineAsync(
                $"#{row.Id}  incident #{row.IncidentId}  {row.Channel}  {row.Status.ToString().ToLowerInvariant()}  attempts {row.Attempts}  created {TextAlertRenderer.Time(row.CreatedAt)}"
                + (row.LastError is { Length: > 0 } e ? $"  last error: {TextAlertRenderer.OneLine(e)}" : string.Empty));
        }

        return 0;
    }
}
