using System.Net;
using IncursionBot.Testing.Discord;

namespace IncursionBot.EndToEnd.Tests.Adapters.Discord;

/// <summary>
/// Issue 4 end to end: the composed bot's <c>POST /discord/interactions</c> answers a signed PING with PONG and
/// refuses, with 401, anything unsigned, badly signed or stale — the probes Discord itself sends before accepting an endpoint.
/// </summary>
public sealed class DiscordInteractionAuthTests
{
    [Fact]
    public async Task A_signed_ping_gets_pong_and_unsigned_badly_signed_or_stale_requests_get_401()
    {
        await using var rig = await DiscordRig.StartAsync();

        var pong = await rig.SendSignedAsync(DiscordInteractions.Ping());
        Assert.Equal(1, pong["type"]!.GetValue<int>());

        var body = DiscordInteractions.Command("subscribe", DiscordInteractions.Moderator, DiscordInteractions.AlertChannel);
        var now = TestSigner.Timestamp(DateTimeOffset.UtcNow);
        var stale = TestSigner.Timestamp(DateTimeOffset.UtcNow.AddMinutes(-10));
        var future = TestSigner.Timestamp(DateTimeOffset.UtcNow.AddMinutes(10));
        var signature = TestSigner.Sign(now, body);
        var flipped = (signature[0] == '0' ? "1" : "0") + signature[1..];
        var refusals = new (string Name, string Body, string? Timestamp, string? Signature)[]
        {
            ("unsigned", body, null, null),
            ("no timestamp", body, null, signature),
            ("no signature", body, now, null),
            ("one flipped hex digit", body, now, flipped),
            ("signature of another body", body, now, TestSigner.Sign(now, DiscordInteractions.Ping())),
            ("body altered after signing", body.Replace(DiscordInteractions.AlertChannel, DiscordInteractions.QuietChannel, StringComparison.Ordinal), now, signature),
            ("not hex", body, now, new string('z', 128)),
            ("stale timestamp, correctly signed", body, stale, TestSigner.Sign(stale, body)),
            ("future timestamp, correctly signed", body, future, TestSigner.Sign(future, body)),
            ("unsigned ping", DiscordInteractions.Ping(), null, null),
        };

        foreach (var (name, sent, timestamp, sig) in refusals)
        {
            var (status, _) = await rig.PostAsync(sent, timestamp, sig);
            Assert.True(status == HttpStatusCode.Unauthorized, $"{name}: answered {(int)status}");
        }

        // None of the refused subscribes was acted on.
        var list = await rig.CommandAsync(DiscordInteractions.Command("subscriptions", DiscordInteractions.Member, DiscordInteractions.AlertChannel));
        Assert.Contains("no subscriptions", list["content"]!.GetValue<string>());
        Assert.Empty(rig.Fake.ContractErrors);
    }
}
