using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IncursionBot.Testing.Discord;

namespace IncursionBot.EndToEnd.Tests.Adapters.Discord;

/// <summary>
/// The composed bot (SQLite, real stores, polling, delivery) with <c>Discord:ApiBaseUrl</c> on the strict loopback
/// fake of Discord (schemas, per-channel buckets, global limit, nonces), the Gateway off and a known Ed25519 key.
/// </summary>
public sealed class DiscordRig : IAsyncDisposable
{
    private DiscordRig(FakeDiscord fake, SwitchableFeed feed, TestWorkspace workspace)
    {
        Fake = fake;
        Feed = feed;
        Workspace = workspace;
    }

    public FakeDiscord Fake { get; }

    public SwitchableFeed Feed { get; }

    public TestWorkspace Workspace { get; }

    public ServiceUnderTest Bot { get; private set; } = null!;

    public string Logs => Bot.Process.StandardError;

    /// <summary>Starts the fake, the feed and the bot; <paramref name="configure"/> may adjust the bot's configuration first.</summary>
    public static async Task<DiscordRig> StartAsync(Action<JsonObject>? configure = null)
    {
        var rig = new DiscordRig(await FakeDiscord.StartAsync(), await SwitchableFeed.StartAsync(), new TestWorkspace());
        try
        {
            var settings = new JsonObject
            {
                ["Subscriptions"] = new JsonArray(),
                ["Delivery"] = new JsonObject { ["GroupWait"] = "00:00:01" },
                ["Discord"] = new JsonObject
                {
                    ["BotToken"] = FakeDiscord.Token,
                    ["ApplicationId"] = FakeDiscord.ApplicationId,
                    ["PublicKey"] = TestSigner.PublicKeyHex,
                    ["ApiBaseUrl"] = rig.Fake.ApiBaseUrl,
                    ["GatewayEnabled"] = false,
                    ["InteractionDeferAfter"] = "00:00:02.500",
                },
            };
            configure?.Invoke(settings);
            var config = rig.Workspace.WriteConfig(new JsonArray(rig.Feed.Source()), settings);
            rig.Bot = await ServiceUnderTest.StartAsync(rig.Workspace.Directory, config);
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>Posts a body to <c>/discord/interactions</c> with the given signature headers (omitted when null).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "discord/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        using var response = await Bot.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs a body as Discord does (now) and posts it; the answer must be 200 and valid for its callback type.</summary>
    public async Task<JsonObject> SendSignedAsync(string body)
    {
        var timestamp = TestSigner.Timestamp(DateTimeOffset.UtcNow);
        var (status, answer) = await PostAsync(body, timestamp, TestSigner.Sign(timestamp, body));
        Assert.True(status == HttpStatusCode.OK, $"{(int)status}: {answer}\nstderr:\n{Logs}");
        Assert.Empty(FakeDiscord.Validate(FakeDiscord.CallbackSchema(answer), answer));
        return JsonNode.Parse(answer)!.AsObject();
    }

    /// <summary>
    /// Runs a slash command and returns the message it produced: the inline answer (type 4), or, when the bot deferred
    /// (type 5), the edit of the original response or the ephemeral follow-up it sent to the fake.
    /// </summary>
    public async Task<JsonObject> CommandAsync(string body)
    {
        var answer = await SendSignedAsync(body);
        var type = answer["type"]!.GetValue<int>();
        if (type == 4)
        {
            return answer["data"]!.AsObject();
        }

        Assert.Equal(5, type);
        var token = JsonNode.Parse(body)!["token"]!.GetValue<string>();
        RecordedRequest? followUp = null;
        await Eventually.TrueAsync(
            () => (followUp = Fake.Requests.FirstOrDefault(r => r.Path.Contains(token, StringComparison.Ordinal) && r.Method is "PATCH" or "POST")) is not null,
            TimeSpan.FromSeconds(30), () => $"the deferred command was never finished.\nstderr:\n{Logs}");
        return JsonNode.Parse(followUp!.Body)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await Fake.DisposeAsync();
        await Feed.DisposeAsync();
        Workspace.Dispose();
    }
}
