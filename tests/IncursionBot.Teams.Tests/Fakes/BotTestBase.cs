namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>A fake Bot Framework with one Teams-endorsed key, and the adapter's host wired to it.</summary>
public abstract class BotTestBase : IAsyncLifetime
{
    protected TestSigningKey Key { get; } = new("key-1", "msteams");

    protected FakeBotFramework Fake { get; private set; } = null!;

    protected TeamsTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeBotFramework.StartAsync(Key);
        var settings = TeamsTestHost.BotSettings(Fake);
        Configure(settings);
        Host = await TeamsTestHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
        Key.Dispose();
    }

    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    protected string ValidToken(Func<TokenSpec, TokenSpec>? tweak = null) => Host.Token(Key, Fake.ServiceUrl, tweak);
}
