using System.Text.Json.Nodes;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Discord.Tests.Rest;

public sealed class ChatAdapterTests : AdapterTestBase
{
    [Fact]
    public async Task Posts_one_valid_unpinging_embed_with_a_nonce()
    {
        var result = await SendAsync(new OutgoingAlert([Samples.Alert()], "i42d7"));

        var delivered = Assert.IsType<DeliveredResult>(result);
        var request = Assert.Single(Fake.RequestsTo("POST", CreateRoute));
        Assert.Equal($"Bot {FakeDiscord.Token}", request.Authorization);
        Assert.Matches(@"^DiscordBot \(https://github\.com/incursionbot/incursionbot, \d+\.\d+\.\d+\)$", request.UserAgent);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.Equal("i42d7", body["nonce"]!.ToString());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Single(body["embeds"]!.AsArray());
        Assert.Equal(delivered.MessageId, Fake.Messages.Single().Key);
        Assert.Empty(Fake.ContractErrors);
    }

    [Fact]
    public async Task A_retried_send_with_the_same_key_does_not_post_twice()
    {
        var alert = new OutgoingAlert([Samples.Alert()], "i42d7");

        var first = Assert.IsType<DeliveredResult>(await SendAsync(alert));
        var second = Assert.IsType<DeliveredResult>(await SendAsync(alert));

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Single(Fake.Messages);
    }

    [Fact]
    public async Task An_update_edits_the_posted_message()
    {
        var posted = Assert.IsType<DeliveredResult>(await SendAsync(new OutgoingAlert([Samples.Alert(reports: 1)], "i42d7")));

        var edited = await SendAsync(new OutgoingAlert([Samples.Alert(reports: 3)], "i42d7r3", posted.MessageId));

        Assert.Equal(posted.MessageId, Assert.IsType<DeliveredResult>(edited).MessageId);
        var edit = JsonNode.Parse(Assert.Single(Fake.RequestsTo("PATCH", EditRoute)).Body)!;
        Assert.Equal("""{"parse":[]}""", edit["allowed_mentions"]!.ToJsonString());
        Assert.Contains("3", edit["embeds"]![0]!["fields"]!.AsArray().Single(f => f!["name"]!.ToString() == "Reports")!["value"]!.ToString(), StringComparison.Ordinal);
        Assert.Single(Fake.Messages);
        Assert.Empty(Fake.ContractErrors);
    }

    [Fact]
    public async Task An_update_of_a_deleted_message_is_posted_anew()
    {
        var result = await SendAsync(new OutgoingAlert([Samples.Alert()], "i42d7r2", "1300000000000009999"));

        Assert.IsType<DeliveredResult>(result);
        Assert.Single(Fake.RequestsTo("POST", CreateRoute));
    }

    [Theory]
    [InlineData(403, """{"message":"Missing Access","code":50001}""")]
    [InlineData(404, """{"message":"Unknown Channel","code":10003}""")]
    public async Task A_channel_that_answers_403_or_404_is_disabled_and_not_used_again(int status, string body)
    {
        Fake.Script(Channel.Id, new ScriptedReply(status, body));

        var first = Assert.IsType<FailedResult>(await SendAsync(new OutgoingAlert([Samples.Alert()], "a")));
        var second = Assert.IsType<FailedResult>(await SendAsync(new OutgoingAlert([Samples.Alert()], "b")));

        Assert.Equal(FailureReason.ChannelGone, first.Reason);
        Assert.Equal(FailureReason.ChannelGone, second.Reason);
        Assert.Single(Fake.RequestsTo("POST", CreateRoute));
        var health = await HealthAsync();
        var disabled = Assert.Single((IEnumerable<Dictionary<string, object?>>)health.Data["disabledChannels"]!);
        Assert.Equal(Channel.Id, disabled["channel"]);
        Assert.Equal(1, Host.Logs.Count(Microsoft.Extensions.Logging.LogLevel.Warning, "disabled"));
    }

    [Fact]
    public async Task A_401_revokes_the_token_for_every_later_send()
    {
        Fake.AcceptToken = false;

        var first = Assert.IsType<FailedResult>(await SendAsync(new OutgoingAlert([Samples.Alert()], "a")));
        var second = Assert.IsType<FailedResult>(await SendAsync(new OutgoingAlert([Samples.Alert()], "b"), new ChannelRef("discord", "700000000000000002")));

        Assert.Equal(FailureReason.AuthError, first.Reason);
        Assert.Equal(FailureReason.AuthError, second.Reason);
        Assert.Single(Fake.Requests);
        var health = await HealthAsync();
        Assert.False(health.Healthy);
        Assert.Equal(true, health.Data["tokenRevoked"]);
        Assert.Equal(1, health.Data["invalidRequestsLast10Minutes"]);
    }

    [Theory]
    [InlineData(500, FailureReason.ServerError)]
    [InlineData(502, FailureReason.ServerError)]
    [InlineData(400, FailureReason.ClientError)]
    public async Task Other_failures_are_reported_not_retried(int status, FailureReason reason)
    {
        Fake.Script(Channel.Id, new ScriptedReply(status, """{"message":"Invalid Form Body","code":50035}"""));

        var result = Assert.IsType<FailedResult>(await SendAsync(new OutgoingAlert([Samples.Alert()], "a")));

        Assert.Equal(reason, result.Reason);
        Assert.Single(Fake.Requests);
        Assert.Contains($"{status}", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_id_that_is_not_a_snowflake_is_a_client_error()
    {
        var result = Assert.IsType<FailedResult>(await SendAsync(new OutgoingAlert([Samples.Alert()], "a"), new ChannelRef("discord", "general")));

        Assert.Equal(FailureReason.ClientError, result.Reason);
        Assert.Empty(Fake.Requests);
    }

    private Task<HealthReport> HealthAsync() =>
        Host.Services.GetServices<IHealthContributor>().Single(c => c.Name == "discord").GetHealthAsync(CancellationToken.None);
}
