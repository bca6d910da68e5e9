using System.Text.Json.Nodes;
using IncursionBot.Core.Ports;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.Rest;

/// <summary>429s met while sending, and grouped messages.</summary>
public sealed class ChatAdapterLimitTests : AdapterTestBase
{
    [Fact]
    public async Task A_429_is_waited_out_and_the_same_message_sent_again()
    {
        Fake.Script(Channel.Id, new ScriptedReply(429, string.Empty, RetryAfterSeconds: 0.35));

        var result = await SendAsync(new OutgoingAlert([Samples.Alert()], "i1"));

        Assert.IsType<DeliveredResult>(result);
        var attempts = Fake.RequestsTo("POST", CreateRoute).ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Empty(Fake.Limits.Violations);
    }

    [Fact]
    public async Task A_global_429_pauses_and_resends()
    {
        Fake.Script(Channel.Id, new ScriptedReply(429, string.Empty, RetryAfterSeconds: 0.3, Global: true));

        var result = await SendAsync(new OutgoingAlert([Samples.Alert()], "i1"));

        Assert.IsType<DeliveredResult>(result);
        Assert.Equal(2, Fake.RequestsTo("POST", CreateRoute).Count());
    }

    [Fact]
    public async Task A_long_429_is_handed_back_with_its_retry_after()
    {
        Fake.Script(Channel.Id, new ScriptedReply(429, string.Empty, RetryAfterSeconds: 42.5));

        var result = Assert.IsType<FailedResult>(await SendAsync(new OutgoingAlert([Samples.Alert()], "i1")));

        Assert.Equal(FailureReason.RateLimited, result.Reason);
        Assert.Equal(TimeSpan.FromSeconds(42.5), result.RetryAfter);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(15)]
    public async Task A_group_is_one_valid_message_listing_every_incident(int count)
    {
        var alerts = Enumerable.Range(1, count).Select(i => Samples.Alert(i, reports: 5, summary: new string('s', 3000))).ToArray();

        Assert.IsType<DeliveredResult>(await SendAsync(new OutgoingAlert(alerts, "g1n" + count)));

        var body = JsonNode.Parse(Assert.Single(Fake.RequestsTo("POST", CreateRoute)).Body)!;
        var text = body["embeds"]!.ToJsonString();
        Assert.All(Enumerable.Range(1, count), i => Assert.Contains($"#{i}", text, StringComparison.Ordinal));
        Assert.Empty(Fake.ContractErrors);
    }
}
