using IncursionBot.Core.Ports;
using IncursionBot.Jobs;
using IncursionBot.Polling;
using Quartz;

namespace IncursionBot.Endpoints;

/// <summary>
/// Builds the <c>/healthz</c> document: database, each source's last poll, last error and next poll, the
/// outbox, disabled channels, and each adapter's own section. Only the database decides healthy or not: a feed
/// that is down degrades the report but must not make an orchestrator restart the bot.
/// </summary>
public sealed class HealthReportBuilder(
    IStorageHealth storage,
    ISourceStateStore sourceStates,
    IDeliveryStore deliveries,
    ISubscriptionStore subscriptions,
    SourceRegistry sources,
    IEnumerable<IHealthContributor> contributors,
    IServiceProvider services,
    TimeProvider time)
{
    public async Task<(bool Healthy, object Document)> BuildAsync(CancellationToken cancellationToken)
    {
        var database = await CheckDatabaseAsync(cancellationToken);
        object? sourceList = null, outbox = null, disabled = null;
        var sourcesFailing = false;
        if (database.Healthy)
        {
            var states = (await sourceStates.ListAsync(cancellationToken)).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
            sourcesFailing = states.Values.Any(s => s.ConsecutiveFailures > 0);
            var scheduler = await GetSchedulerAsync(cancellationToken);
            var list = new List<object>();
            foreach (var source in sources.All)
            {
                var state = states.GetValueOrDefault(source.Name);
                list.Add(new
                {
                    name = source.Name,
                    type = source.Type,
                    enabled = source.Enabled,
                    lastPollAt = state?.LastPollAt,
                    lastSuccessAt = state?.LastSuccessAt,
                    lastError = state?.LastError,
                    consecutiveFailures = state?.ConsecutiveFailures ?? 0,
                    nextPollAt = source.Enabled ? await NextPollAsync(scheduler, source.Name, state, cancellationToken) : null,
                });
            }

            sourceList = list;
            var stats = await deliveries.GetStatsAsync(cancellationToken);
            outbox = new { pending = stats.Pending, delivered = stats.Delivered, failed = stats.Failed, oldestPendingAt = stats.OldestPendingAt };
            disabled = (await subscriptions.ListDisabledChannelsAsync(cancellationToken))
                .Select(d => new { channel = d.Channel.ToString(), reason = d.Reason, since = d.Since }).ToArray();
        }

        var adapters = new Dictionary<string, object>();
        var adaptersHealthy = true;
        foreach (var contributor in contributors)
        {
            var report = await contributor.GetHealthAsync(cancellationToken);
            adaptersHealthy &= report.Healthy;
            adapters[contributor.Name] = new { healthy = report.Healthy, details = report.Data };
        }

        var degraded = !adaptersHealthy || sourcesFailing;
        var status = !database.Healthy ? "unhealthy" : degraded ? "degraded" : "healthy";
        return (database.Healthy, new
        {
            status,
            time = time.GetUtcNow(),
            database = new { healthy = database.Healthy, provider = database.Provider, schemaVersion = database.SchemaVersion, detail = database.Detail },
            sources = sourceList,
            deliveries = outbox,
            disabledChannels = disabled,
            adapters,
        });
    }

    private async Task<StorageStatus> CheckDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await storage.CheckAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new StorageStatus(false, "unknown", 0, ex.Message);
        }
    }

    private async Task<IScheduler?> GetSchedulerAsync(CancellationToken cancellationToken) =>
        services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler(cancellationToken) : null;

    private static async Task<DateTimeOffset?> NextPollAsync(IScheduler? scheduler, string sourceName, SourceState? state, CancellationToken cancellationToken)
    {
        var trigger = scheduler is null ? null : await scheduler.GetTrigger(PollSourceJob.TriggerFor(sourceName), cancellationToken);
        var scheduled = trigger?.NextFireTimeUtc;
        var backoff = state is { ConsecutiveFailures: > 0 } ? state.NextPollAt : null;
        return backoff is { } resume && (scheduled is null || resume > scheduled) ? resume : scheduled ?? state?.NextPollAt;
    }
}
