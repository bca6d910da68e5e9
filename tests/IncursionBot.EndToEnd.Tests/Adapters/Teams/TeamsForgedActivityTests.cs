using System.Net;
using IncursionBot.Testing.Http;
using IncursionBot.Testing.Teams;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests.Adapters.Teams;

/// <summary>
/// Issue 5 end to end: the composed bot refuses forged activities without acting on them, and never sends a request
/// (let alone its Connector token) to a service URL host outside <c>Teams:AllowedServiceUrlHosts</c>.
/// </summary>
public sealed class TeamsForgedActivityTests
{
    [Fact]
    public async Task Forged_activities_are_refused_and_a_foreign_service_url_never_gets_a_request()
    {
        await using var evil = await LoopbackHttpServer.StartAsync(context => context.Response.WriteAsync("""{"id":"stolen"}"""));
        await using var rig = await TeamsRig.StartAsync();
        using var stranger = new TestSigningKey(rig.Key.KeyId, "msteams");
        using var unpublished = new TestSigningKey("never-published", "msteams");
        using var webchatOnly = new TestSigningKey("webchat-key", "webchat");
        lock (rig.Fake.PublishedKeys)
        {
            rig.Fake.PublishedKeys.Add(webchatOnly);
        }

        var now = DateTimeOffset.UtcNow;
        var genuine = rig.Fake.ServiceUrl;
        // Same loopback machine, but a host name that is not on the allow-list: the stand-in for an attacker's server.
        var foreign = $"http://localhost:{evil.BaseAddress.Port}/";
        var forgeries = new (string Name, string ServiceUrl, string? Token, HttpStatusCode[] Expected)[]
        {
            ("wrong issuer", genuine, rig.Token(tweak: s => s with { Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" }), [HttpStatusCode.Unauthorized]),
            ("wrong audience", genuine, rig.Token(tweak: s => s with { Audience = "00000000-0000-4000-8000-000000000000" }), [HttpStatusCode.Unauthorized]),
            ("expired", genuine, rig.Token(tweak: s => s with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-10) }), [HttpStatusCode.Unauthorized]),
            ("another key under the published kid", genuine, Signed(stranger, genuine, now), [HttpStatusCode.Unauthorized]),
            ("unpublished key id", genuine, Signed(unpublished, genuine, now), [HttpStatusCode.Unauthorized]),
            ("key not endorsed for msteams", genuine, Signed(webchatOnly, genuine, now), [HttpStatusCode.Forbidden]),
            ("alg none", genuine, ConnectorTokens.Unsigned(rig.Key.KeyId, TeamsActivities.AppId, genuine, now), [HttpStatusCode.Unauthorized]),
            ("hs256 with the published kid", genuine, rig.Token(tweak: s => s with { Credentials = ConnectorTokens.Hs256(rig.Key.KeyId) }), [HttpStatusCode.Unauthorized]),
            ("no token", genuine, null, [HttpStatusCode.Unauthorized]),
            ("serviceUrl not the token's serviceurl", foreign, rig.Token(genuine), [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden]),
            ("signed for a host off the allow-list", foreign, rig.Token(foreign), [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden]),
        };

        foreach (var (name, serviceUrl, token, expected) in forgeries)
        {
            var status = await rig.PostAsync(TeamsActivities.Command(serviceUrl, "subscribe * *"), token);
            Assert.True(expected.Contains(status), $"{name}: answered {(int)status}");
        }

        var install = await rig.PostAsync(TeamsActivities.Install(foreign), rig.Token(foreign));
        Assert.True(install is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"install via a foreign host: {(int)install}");

        // A genuine command afterwards is answered, and the forged subscribe changed nothing.
        Assert.Contains("no subscriptions", CardContract.Text(await rig.AskAsync("subscriptions")));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(rig.Fake.Calls);
        Assert.Empty(evil.Requests);
    }

    private static string Signed(TestSigningKey key, string serviceUrl, DateTimeOffset now) =>
        ConnectorTokens.Create(new TokenSpec(ConnectorTokens.Rs256(key), TeamsActivities.AppId, serviceUrl, now));
}
