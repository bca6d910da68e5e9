using System.Net;
using System.Text.Json.Nodes;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.Interactions;

public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync(null);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Answers_a_signed_ping_with_pong()
    {
        using var response = await _host.PostSignedAsync(InteractionJson.Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"type":1}""", body);
        Assert.Empty(FakeDiscord.Validate("#/components/schemas/PongInteractionCallbackRequest", body));
    }

    [Fact]
    public async Task Answers_a_minimal_ping_body()
    {
        using var response = await _host.PostSignedAsync("""{"type":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_an_unsigned_request()
    {
        using var response = await _host.PostAsync(InteractionJson.Ping(), null, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())?["error"]);
    }

    [Fact]
    public async Task Refuses_a_bad_signature()
    {
        var timestamp = TestSigner.Timestamp(DateTimeOffset.UtcNow);
        var signature = TestSigner.Sign(timestamp, InteractionJson.Ping()).ToCharArray();
        signature[0] = signature[0] == 'a' ? 'b' : 'a';

        using var response = await _host.PostAsync(InteractionJson.Ping(), new string(signature), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_signature_of_another_body()
    {
        var timestamp = TestSigner.Timestamp(DateTimeOffset.UtcNow);
        var signature = TestSigner.Sign(timestamp, """{"type":1}""");

        using var response = await _host.PostAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator), signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await _host.Subscriptions.ListAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_a_replayed_request_signed_long_ago()
    {
        using var response = await _host.PostSignedAsync(InteractionJson.Ping(), DateTimeOffset.UtcNow.AddMinutes(-6));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_body_over_64_KiB_with_413()
    {
        var body = "{\"type\":1,\"padding\":\"" + new string('x', 70 * 1024) + "\"}";

        using var response = await _host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Answers_400_to_a_signed_body_that_is_not_an_interaction()
    {
        using var response = await _host.PostSignedAsync("not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Answers_404_when_the_public_key_is_not_set()
    {
        await using var host = await DiscordTestHost.StartAsync(null, s => s["Discord:PublicKey"] = string.Empty);

        using var response = await host.PostSignedAsync(InteractionJson.Ping());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Discord:PublicKey", JsonNode.Parse(await response.Content.ReadAsStringAsync())?["error"]?.ToString());
    }

    [Fact]
    public async Task Answers_404_when_Discord_is_off()
    {
        await using var host = await DiscordTestHost.StartAsync(null, s => s["Discord:BotToken"] = string.Empty);

        using var response = await host.PostSignedAsync(InteractionJson.Ping());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
