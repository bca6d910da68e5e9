using IncursionBot.Core.Delivery;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.EndToEnd.Tests.Delivery;

/// <summary>The dispatcher over a real SQLite outbox: order, retries, dead letters, groups, crashes.</summary>
public sealed class DispatcherTests
{
    private static readonly ChannelRef A = new("discord", "100");
    private static readonly ChannelRef B = new("discord", "200");

    [Fact]
    public async Task A_failed_send_holds_back_the_channel_so_alerts_arrive_in_incident_order()
    {
        await using var outbox = await OutboxFixture.CreateAsync();
        var first = await outbox.AddIncidentAsync("PL", A, B);
        var second = await outbox.AddIncidentAsync("LT", A, B);
        var chat = new ScriptedChat().Then(() => DeliveryResult.Failed(FailureReason.ServerError, "500"));
        var dispatcher = outbox.Dispatcher(chat);

        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal([B], chat.Posted.Select(p => p.Channel).Distinct());

        outbox.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal([first.Id, second.Id], chat.Posted.Where(p => p.Channel == A).SelectMany(p => p.Incidents));
        Assert.Equal([first.Id, second.Id], chat.Posted.Where(p => p.Channel == B).SelectMany(p => p.Incidents));
        Assert.Equal(new DeliveryStats(0, 4, 0, null), await outbox.Deliveries.GetStatsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_rate_limited_send_waits_at_least_retry_after()
    {
        await using var outbox = await OutboxFixture.CreateAsync();
        await outbox.AddIncidentAsync("PL", A);
        var chat = new ScriptedChat().Then(() => DeliveryResult.Failed(FailureReason.RateLimited, "429", TimeSpan.FromSeconds(90)));
        var dispatcher = outbox.Dispatcher(chat);

        await dispatcher.RunOnceAsync(CancellationToken.None);
        outbox.Clock.Advance(TimeSpan.FromSeconds(89));
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Empty(chat.Posted);

        outbox.Clock.Advance(TimeSpan.FromSeconds(2));
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Single(chat.Posted);
    }

    [Fact]
    public async Task Client_errors_dead_letter_and_a_gone_channel_is_disabled()
    {
        await using var outbox = await OutboxFixture.CreateAsync();
        await outbox.AddIncidentAsync("PL", A);
        await outbox.AddIncidentAsync("EE", B);
        var chat = new ScriptedChat()
            .Then(() => DeliveryResult.Failed(FailureReason.ClientError, "400 invalid form body"))
            .Then(() => DeliveryResult.Failed(FailureReason.ChannelGone, "404 unknown channel"));

        await outbox.Dispatcher(chat).RunOnceAsync(CancellationToken.None);

        var failed = await outbox.Deliveries.ListAsync(failedOnly: true, 10, CancellationToken.None);
        Assert.Equal(2, failed.Count);
        Assert.Contains(failed, f => f.LastError!.Contains("400 invalid form body"));
        var disabled = Assert.Single(await outbox.Subscriptions.ListDisabledChannelsAsync(CancellationToken.None));
        Assert.Contains(disabled.Channel, new[] { A, B });
        Assert.True(await outbox.Deliveries.RequeueAsync(failed[0].Id, outbox.Clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Retries_stop_after_the_attempt_budget()
    {
        await using var outbox = await OutboxFixture.CreateAsync();
        await outbox.AddIncidentAsync("PL", A);
        var chat = new ScriptedChat();
        for (var i = 0; i < 3; i++)
        {
            chat.Then(() => DeliveryResult.Failed(FailureReason.ServerError, "503"));
        }

        var dispatcher = outbox.Dispatcher(chat, new DeliveryOptions { MaxAttempts = 3, BackoffBase = TimeSpan.FromSeconds(1) });
        for (var i = 0; i < 5; i++)
        {
            await dispatcher.RunOnceAsync(CancellationToken.None);
            outbox.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(3, chat.Calls);
        Assert.Empty(chat.Posted);
        Assert.Equal(1, (await outbox.Deliveries.GetStatsAsync(CancellationToken.None)).Failed);
    }

    [Fact]
    public async Task A_burst_is_one_grouped_message_and_a_crash_before_recording_resends_the_same_group()
    {
        await using var outbox = await OutboxFixture.CreateAsync();
        for (var i = 0; i < 6; i++)
        {
            await outbox.AddIncidentAsync("PL", A);
        }

        var chat = new ScriptedChat();
        var crashed = outbox.Dispatcher(chat);
        var claimed = await outbox.Deliveries.ClaimDueAsync(crashed.Owner, outbox.Clock.GetUtcNow(), TimeSpan.FromMinutes(2), 100, CancellationToken.None);
        // The first process recorded the group and posted it, then died before recording the send.
        await outbox.Deliveries.AssignGroupAsync(claimed.Select(c => c.Id).ToArray(), crashed.Owner, $"g{claimed[0].Id}", CancellationToken.None);
        await chat.SendAsync(A, new OutgoingAlert([], $"g{claimed[0].Id}"), CancellationToken.None);
        await outbox.AddIncidentAsync("LT", A);

        outbox.Clock.Advance(TimeSpan.FromMinutes(3));
        await outbox.Dispatcher(chat).RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, chat.Posted.Count);
        Assert.Single(chat.Posted[1].Incidents);
        Assert.Equal(new DeliveryStats(0, 7, 0, null), await outbox.Deliveries.GetStatsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Rows_a_send_could_not_finish_within_the_lease_are_handed_back_before_another_instance_may_claim_them()
    {
        await using var outbox = await OutboxFixture.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await outbox.AddIncidentAsync("PL", A);
        }

        // Each send takes 3 s of the 10 s lease; a send may start only if its 4 s time-out ends inside the lease.
        var slow = new SlowChat(outbox.Clock, TimeSpan.FromSeconds(3));
        var options = new DeliveryOptions { Lease = TimeSpan.FromSeconds(10), SendTimeout = TimeSpan.FromSeconds(4), GroupThreshold = 100 };

        await outbox.Dispatcher(slow, options).RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, slow.Inner.Posted.Count);
        var other = await outbox.Deliveries.ClaimDueAsync("other-instance", outbox.Clock.GetUtcNow(), options.Lease, 10, CancellationToken.None);
        Assert.Equal(3, other.Count);
    }

    [Fact]
    public async Task A_new_burst_over_the_threshold_becomes_one_message()
    {
        await using var outbox = await OutboxFixture.CreateAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await outbox.AddIncidentAsync("PL", A)).Id);
        }

        var chat = new ScriptedChat();
        await outbox.Dispatcher(chat).RunOnceAsync(CancellationToken.None);

        var message = Assert.Single(chat.Posted);
        Assert.Equal(ids, message.Incidents);
    }

    /// <summary>A chat platform whose every send takes a while of the test's clock.</summary>
    private sealed class SlowChat(Testing.FakeTimeProvider clock, TimeSpan perSend) : IChatAdapter
    {
        public ScriptedChat Inner { get; } = new();

        public string Platform => Inner.Platform;

        public Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken)
        {
            clock.Advance(perSend);
            return Inner.SendAsync(channel, alert, cancellationToken);
        }
    }
}
