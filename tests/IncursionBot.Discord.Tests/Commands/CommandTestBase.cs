using System.Net;
using System.Text.Json.Nodes;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.Commands;

/// <summary>A fake Discord plus the bot's host, with helpers to send a signed interaction and check the answer's contract.</summary>
public abstract class CommandTestBase : IAsyncLifetime
{
    protected FakeDiscord Fake { get; private set; } = null!;

    protected DiscordTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeDiscord.StartAsync();
        Host = await DiscordTestHost.StartAsync(Fake, Configure);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }

    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Sends the interaction, expects 200, validates the answer against Discord's callback schema, returns it.</summary>
    protected async Task<JsonNode> InteractAsync(string body)
    {
        var (status, json, text) = await Host.InteractAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(json);
        Assert.Empty(FakeDiscord.Validate(FakeDiscord.CallbackSchema(text), text));
        return json;
    }

    protected static bool IsEphemeral(JsonNode answer) => (answer["data"]?["flags"]?.GetValue<int>() & 64) == 64;

    protected static string Content(JsonNode answer) => answer["data"]?["content"]?.ToString() ?? string.Empty;
}
