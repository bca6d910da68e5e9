using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncursionBot.Testing.Teams;

namespace IncursionBot.EndToEnd.Tests.Adapters.Teams;

/// <summary>
/// The composed bot (SQLite, real stores, polling, delivery) configured for Teams against a loopback Bot Framework
/// (its own RS256 key, OpenID metadata, token endpoint and Connector), with a switchable news feed.
/// </summary>
public sealed class TeamsRig : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private int _consumedCalls;

    private TeamsRig(TestSigningKey key, FakeBotFramework fake, SwitchableFeed feed, TestWorkspace workspace)
    {
        Key = key;
        Fake = fake;
        Feed = feed;
        Workspace = workspace;
    }

    /// <summary>The Bot Framework's signing key, published in the fake's JWKS and endorsed for msteams.</summary>
    public TestSigningKey Key { get; }

    public FakeBotFramework Fake { get; }

    public SwitchableFeed Feed { get; }

    public TestWorkspace Workspace { get; }

    public ServiceUnderTest Bot { get; private set; } = null!;

    public string Logs => Bot.Process.StandardError;

    public static async Task<TeamsRig> StartAsync()
    {
        var key = new TestSigningKey("e2e-connector-key", "msteams");
        var rig = new TeamsRig(key, await FakeBotFramework.StartAsync(key), await SwitchableFeed.StartAsync(), new TestWorkspace());
        try
        {
            var config = rig.Workspace.WriteConfig(new JsonArray(rig.Feed.Source()), new JsonObject
            {
                ["Subscriptions"] = new JsonArray(),
                ["Delivery"] = new JsonObject { ["GroupWait"] = "00:00:01" },
                ["Teams"] = new JsonObject
                {
                    ["AppId"] = TeamsActivities.AppId,
                    ["AppPassword"] = TeamsActivities.AppPassword,
                    ["TenantId"] = TeamsActivities.TenantId,
                    ["OpenIdMetadataUrl"] = rig.Fake.MetadataUrl,
                    ["TokenEndpoint"] = rig.Fake.TokenUrl,
                    ["AllowedServiceUrlHosts"] = new JsonArray("127.0.0.1"),
                    ["SubscriptionManagers"] = new JsonArray(TeamsActivities.ManagerAadId),
                },
            });
            rig.Bot = await ServiceUnderTest.StartAsync(rig.Workspace.Directory, config);
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>A valid Connector token for <paramref name="serviceUrl"/> (default: the fake's), optionally forged by <paramref name="tweak"/>.</summary>
    public string Token(string? serviceUrl = null, Func<TokenSpec, TokenSpec>? tweak = null)
    {
        var spec = new TokenSpec(ConnectorTokens.Rs256(Key), TeamsActivities.AppId, serviceUrl ?? Fake.ServiceUrl, DateTimeOffset.UtcNow);
        return ConnectorTokens.Create(tweak is null ? spec : tweak(spec));
    }

    /// <summary>Posts an activity to the bot's <c>/api/messages</c> with a bearer token (none when null).</summary>
    public async Task<HttpStatusCode> PostAsync(JsonNode activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Bot.Http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Sends a signed command and returns the bot's reply: a schema-valid card threaded under the command.</summary>
    public async Task<JsonObject> AskAsync(string text, string fromAadId = TeamsActivities.ManagerAadId)
    {
        var activity = TeamsActivities.Command(Fake.ServiceUrl, text, fromAadId);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(activity, Token()));
        var call = await NextCallAsync();
        Assert.Equal("POST", call.Method);
        Assert.Equal(TeamsActivities.ChannelId, call.ConversationId);
        Assert.Equal(activity["id"]!.GetValue<string>(), call.ActivityId);
        return CardContract.AssertCardActivity(call);
    }

    /// <summary>The next call the bot makes to the fake Connector, in order, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<ConnectorCall> NextCallAsync(TimeSpan? timeout = null)
    {
        await Eventually.TrueAsync(() => Fake.Calls.Count > _consumedCalls, timeout ?? ReplyTimeout,
            () => $"the bot made no Connector call #{_consumedCalls + 1}.\nstderr:\n{Logs}");
        _consumedCalls++;
        var call = await Fake.NextCallAsync();
        Assert.Equal("127.0.0.1", call.Host);
        Assert.Matches("^Bearer connector-token-[0-9]+$", call.Authorization);
        return call;
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
        Key.Dispose();
    }
}
