using System.Net;
using IncursionBot.Teams.Tests.Fakes;

namespace IncursionBot.Teams.Tests.Auth;

public sealed class InboundAuthTests : BotTestBase
{
    [Fact]
    public async Task A_valid_connector_token_is_accepted()
    {
        var response = await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_inside_the_five_minute_skew_is_accepted()
    {
        var now = Host.Time.GetUtcNow();
        var token = ValidToken(s => s with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-4) });

        var response = await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Forgeries => new()
    {
        "wrong issuer", "wrong audience", "expired", "not yet valid", "no serviceurl", "other serviceurl", "unpublished key",
        "alg none", "hs256", "no header", "basic scheme", "garbage",
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Forged_or_broken_tokens_get_401_and_change_nothing(string forgery)
    {
        using var stranger = new TestSigningKey("key-1", "msteams");
        var now = Host.Time.GetUtcNow();
        var token = forgery switch
        {
            "wrong issuer" => ValidToken(s => s with { Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" }),
            "wrong audience" => ValidToken(s => s with { Audience = "00000000-0000-4000-8000-000000000000" }),
            "expired" => ValidToken(s => s with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "not yet valid" => ValidToken(s => s with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) }),
            "no serviceurl" => ValidToken(s => s with { ServiceUrl = null }),
            "other serviceurl" => ValidToken(s => s with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }),
            "unpublished key" => Host.Token(stranger, Fake.ServiceUrl),
            "alg none" => ConnectorTokens.Unsigned(Key.KeyId, TeamsTestHost.AppId, Fake.ServiceUrl, now),
            "hs256" => ValidToken(s => s with { Credentials = ConnectorTokens.Hs256(Key.KeyId) }),
            "no header" => null,
            "basic scheme" => null,
            _ => "not.a.jwt",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(TestActivities.Install(Fake.ServiceUrl).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (forgery == "basic scheme")
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()));
        }
        else if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await Host.State.ListAsync("teams.conversations", CancellationToken.None));
        Assert.Empty(Fake.Calls);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_msteams_gets_403()
    {
        using var webchatKey = new TestSigningKey("key-webchat", "webchat");
        lock (Fake.PublishedKeys)
        {
            Fake.PublishedKeys.Add(webchatKey);
        }

        var response = await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), Host.Token(webchatKey, Fake.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await Host.State.ListAsync("teams.conversations", CancellationToken.None));
    }

    [Fact]
    public async Task A_rotated_key_is_fetched_when_a_token_names_it()
    {
        Assert.Equal(HttpStatusCode.OK, (await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken())).StatusCode);
        using var rotated = new TestSigningKey("key-2", "msteams");
        lock (Fake.PublishedKeys)
        {
            Fake.PublishedKeys.Add(rotated);
        }

        var response = await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), Host.Token(rotated, Fake.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Fake.MetadataFetches);
    }

    [Fact]
    public async Task Keys_are_refetched_at_least_daily()
    {
        await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());
        await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());
        Assert.Equal(1, Fake.MetadataFetches);

        Host.Time.Advance(TimeSpan.FromHours(13));
        var response = await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Fake.MetadataFetches);
    }

    [Fact]
    public async Task Bodies_over_256_KiB_get_413()
    {
        var activity = TestActivities.Message(Fake.ServiceUrl, "help");
        activity["text"] = new string('x', 300 * 1024);

        var response = await Host.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_gets_400()
    {
        var response = await Host.PostAsync(new System.Text.Json.Nodes.JsonObject { ["hello"] = "world" }, ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
