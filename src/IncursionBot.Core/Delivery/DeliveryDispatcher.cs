using IncursionBot.Core.Alerts;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Core.Delivery;

/// <summary>
/// Drains the outbox: claims due rows, sends them through the channel's adapter in incident order, records a
/// confirmed send, retries what may succeed later, and dead-letters what will not. Written once for every
/// chat platform.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IDeliveryStore deliveries,
    IIncidentStore incidents,
    ISubscriptionStore subscriptions,
    IEnumerable<IChatAdapter> adapters,
    DeliveryOptions options,
    TimeProvider time,
    ILogger<DeliveryDispatcher> logger)
{
    private readonly Dictionary<string, IChatAdapter> _adapters =
        adapters.ToDictionary(a => a.Platform, StringComparer.OrdinalIgnoreCase);

    private readonly Random _random = new();

    /// <summary>Identifies this process's claims in the outbox.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Claims and processes one batch; returns how many rows were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimedAt = time.GetUtcNow();
        var claimed = await deliveries.ClaimDueAsync(Owner, claimedAt, options.Lease, options.BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var leaseEnds = claimedAt + options.Lease;
        var perChannel = claimed.GroupBy(j => j.Channel)
            .Select(g => DispatchChannelAsync(g.Key, g.OrderBy(j => j.IncidentId).ThenBy(j => j.Id).ToList(), leaseEnds, cancellationToken));
        await Task.WhenAll(perChannel);
        return claimed.Count;
    }

    private async Task DispatchChannelAsync(ChannelRef channel, List<DeliveryJob> jobs, DateTimeOffset leaseEnds, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Channel"] = channel.ToString() });
        if (!_adapters.TryGetValue(channel.Platform, out var adapter))
        {
            foreach (var job in jobs)
            {
                await deliveries.DeadLetterAsync(job.Id, Owner, $"no chat adapter for platform '{channel.Platform}' is configured", time.GetUtcNow(), CancellationToken.None);
            }

            LogNoAdapter(channel.Platform, jobs.Count);
            return;
        }

        var remaining = new List<DeliveryJob>(jobs);
        foreach (var group in PlanGroups(jobs))
        {
            if (!LeaseCovers(leaseEnds))
            {
                await ReleaseAsync(remaining, TimeSpan.Zero);
                return;
            }

            if (!await SendGroupAsync(adapter, channel, group, cancellationToken))
            {
                await ReleaseAsync(remaining.Except(group.Jobs).ToList(), RetryPause(cancellationToken));
                return;
            }

            remaining = remaining.Except(group.Jobs).ToList();
        }

        var pending = new Queue<DeliveryJob>(remaining);
        while (pending.TryPeek(out var job))
        {
            if (!LeaseCovers(leaseEnds))
            {
                // Another instance may claim these rows once the lease ends: hand them back now rather than risk
                // both sending them.
                await ReleaseAsync(pending.ToList(), TimeSpan.Zero);
                return;
            }

            pending.Dequeue();
            if (cancellationToken.IsCancellationRequested || !await SendOneAsync(adapter, channel, job, cancellationToken))
            {
                // Later alerts of this channel wait for the failed one, so the channel sees them in order.
                await ReleaseAsync(pending.ToList(), RetryPause(cancellationToken));
                return;
            }
        }
    }

    /// <summary>Whether a send started now ends (or times out) before the claim's lease does.</summary>
    private bool LeaseCovers(DateTimeOffset leaseEnds) => time.GetUtcNow() + options.SendTimeout < leaseEnds;

    private TimeSpan RetryPause(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? TimeSpan.Zero : options.BackoffBase;

    /// <summary>
    /// Groups recorded before a crash are sent again exactly as recorded; a new burst (more than
    /// <see cref="DeliveryOptions.GroupThreshold"/> new alerts created within <see cref="DeliveryOptions.GroupWait"/>
    /// of the oldest) becomes one new group.
    /// </summary>
    private IEnumerable<PlannedGroup> PlanGroups(IReadOnlyList<DeliveryJob> jobs)
    {
        var fresh = jobs.Where(j => j.MessageId is null).ToList();
        foreach (var recorded in fresh.Where(j => j.GroupKey is not null).GroupBy(j => j.GroupKey!))
        {
            yield return new PlannedGroup(recorded.Key, recorded.ToList(), IsNew: false);
        }

        var ungrouped = fresh.Where(j => j.GroupKey is null).ToList();
        if (ungrouped.Count > options.GroupThreshold)
        {
            var burst = ungrouped.Where(j => j.CreatedAt <= ungrouped.Min(u => u.CreatedAt) + options.GroupWait).ToList();
            if (burst.Count > options.GroupThreshold)
            {
                yield return new PlannedGroup($"g{burst[0].Id}", burst, IsNew: true);
            }
        }
    }

    private sealed record PlannedGroup(string Key, IReadOnlyList<DeliveryJob> Jobs, bool IsNew);

    private async Task<bool> SendOneAsync(IChatAdapter adapter, ChannelRef channel, DeliveryJob job, CancellationToken cancellationToken)
    {
        if (job.MessageId is not null && job.WasGrouped)
        {
            // A grouped message lists many incidents; editing it for one of them would drop the others.
            var current = await incidents.GetAsync(job.IncidentId, cancellationToken);
            await deliveries.CompleteAsync(job.Id, Owner, job.MessageId, current?.Revision ?? job.DeliveredRevision, grouped: true, time.GetUtcNow(), CancellationToken.None);
            return true;
        }

        if (job.MessageId is null && time.GetUtcNow() - job.CreatedAt > options.MaxAge)
        {
            await deliveries.DeadLetterAsync(job.Id, Owner, $"not delivered within {options.MaxAge}; a stale alert is not sent", time.GetUtcNow(), CancellationToken.None);
            LogDeadLettered(job.IncidentId, channel.ToString(), "stale");
            return true;
        }

        var incident = await incidents.GetAsync(job.IncidentId, cancellationToken);
        if (incident is null)
        {
            await deliveries.DeadLetterAsync(job.Id, Owner, $"incident {job.IncidentId} no longer exists", time.GetUtcNow(), CancellationToken.None);
            return true;
        }

        var key = job.MessageId is null ? $"i{job.IncidentId}d{job.Id}" : $"i{job.IncidentId}d{job.Id}r{incident.Revision}";
        var alert = new OutgoingAlert([AlertComposer.Compose(incident)], key, job.MessageId);
        var result = await SendAsync(adapter, channel, alert, cancellationToken);
        if (result is DeliveredResult delivered)
        {
            await deliveries.CompleteAsync(job.Id, Owner, delivered.MessageId ?? job.MessageId, incident.Revision, grouped: false, time.GetUtcNow(), CancellationToken.None);
            LogDelivered(job.IncidentId, channel.ToString(), alert.IsUpdate, job.Attempts + 1);
            return true;
        }

        await HandleFailureAsync(channel, job, (FailedResult)result);
        return false;
    }

    private async Task<bool> SendGroupAsync(IChatAdapter adapter, ChannelRef channel, PlannedGroup group, CancellationToken cancellationToken)
    {
        if (group.IsNew)
        {
            // Recorded before sending: whatever happens next, a retry sends these rows as this group, with this key.
            await deliveries.AssignGroupAsync(group.Jobs.Select(j => j.Id).ToArray(), Owner, group.Key, cancellationToken);
        }

        var loaded = new List<(DeliveryJob Job, Incidents.Incident Incident)>();
        foreach (var job in group.Jobs)
        {
            if (await incidents.GetAsync(job.IncidentId, cancellationToken) is { } incident)
            {
                loaded.Add((job, incident));
            }
        }

        var alert = new OutgoingAlert(loaded.Select(l => AlertComposer.Compose(l.Incident)).ToArray(), group.Key);
        var result = await SendAsync(adapter, channel, alert, cancellationToken);
        if (result is DeliveredResult delivered)
        {
            foreach (var (job, incident) in loaded)
            {
                await deliveries.CompleteAsync(job.Id, Owner, delivered.MessageId, incident.Revision, grouped: true, time.GetUtcNow(), CancellationToken.None);
            }

            LogGroupDelivered(loaded.Count, channel.ToString());
            return true;
        }

        foreach (var job in group.Jobs)
        {
            await HandleFailureAsync(channel, job, (FailedResult)result);
        }

        return false;
    }

    private async Task<DeliveryResult> SendAsync(IChatAdapter adapter, ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.SendTimeout);
        try
        {
            return await adapter.SendAsync(channel, alert, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Failed(FailureReason.Timeout, $"no answer within {options.SendTimeout}");
        }
        catch (OperationCanceledException)
        {
            return DeliveryResult.Failed(FailureReason.Timeout, "shutting down");
        }
        catch (HttpRequestException ex)
        {
            return DeliveryResult.Failed(FailureReason.NetworkError, ex.Message);
        }
    }

    private async Task HandleFailureAsync(ChannelRef channel, DeliveryJob job, FailedResult failure)
    {
        var now = time.GetUtcNow();
        var attempts = job.Attempts + 1;
        var reason = $"{failure.Reason}: {failure.Detail}";
        if (failure.DisablesChannel)
        {
            await subscriptions.SetChannelDisabledAsync(channel, reason, now, CancellationToken.None);
            await deliveries.DeadLetterAsync(job.Id, Owner, reason, now, CancellationToken.None);
            LogChannelDisabled(channel.ToString(), reason);
            return;
        }

        if (!failure.Retryable || attempts >= options.MaxAttempts || now - job.CreatedAt > options.MaxAge)
        {
            await deliveries.DeadLetterAsync(job.Id, Owner, reason, now, CancellationToken.None);
            LogDeadLettered(job.IncidentId, channel.ToString(), reason);
            return;
        }

        var delay = RetrySchedule.Delay(attempts, options.BackoffBase, options.BackoffCap, failure.RetryAfter, _random);
        await deliveries.RescheduleAsync(job.Id, Owner, now + delay, reason, CancellationToken.None);
        LogRetry(job.IncidentId, channel.ToString(), attempts, delay, reason);
    }

    private async Task ReleaseAsync(IReadOnlyList<DeliveryJob> jobs, TimeSpan after)
    {
        if (jobs.Count > 0)
        {
            await deliveries.ReleaseAsync(jobs.Select(j => j.Id).ToArray(), Owner, time.GetUtcNow() + after, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered incident {IncidentId} to {Channel} (update: {IsUpdate}, attempt {Attempt})")]
    private partial void LogDelivered(long incidentId, string channel, bool isUpdate, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {Count} incidents to {Channel} as one grouped message")]
    private partial void LogGroupDelivered(int count, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of incident {IncidentId} to {Channel} failed (attempt {Attempt}); retrying in {Delay}: {Reason}")]
    private partial void LogRetry(long incidentId, string channel, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up delivering incident {IncidentId} to {Channel}: {Reason}")]
    private partial void LogDeadLettered(long incidentId, string channel, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channel {Channel} disabled: {Reason}")]
    private partial void LogChannelDisabled(string channel, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "No chat adapter for platform {Platform} is configured; {Count} deliveries dead-lettered")]
    private partial void LogNoAdapter(string platform, int count);
}
