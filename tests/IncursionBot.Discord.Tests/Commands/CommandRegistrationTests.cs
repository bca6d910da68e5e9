using System.Text.Json.Nodes;
using IncursionBot.Discord.Commands;
using IncursionBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Discord.Tests.Commands;

public sealed class CommandRegistrationTests : IAsyncLifetime
{
    private const string GlobalPut = "PUT /applications/{application_id}/commands";
    private const string GuildPut = "PUT /applications/{application_id}/guilds/{guild_id}/commands";

    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static Task<CommandRegistration> RegisterAsync(DiscordTestHost host) =>
        host.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(CancellationToken.None);

    [Fact]
    public async Task Registers_at_start_with_one_valid_bulk_put_and_skips_it_when_unchanged()
    {
        await using (var host = await DiscordTestHost.StartAsync(_fake, s => s["Discord:RegisterCommands"] = "true"))
        {
            await Eventually.True(() => _fake.CommandPuts == 1, "commands are registered at start");
        }

        await using var again = await DiscordTestHost.StartAsync(_fake);
        Assert.Equal(CommandRegistration.Unchanged, await RegisterAsync(again));
        Assert.Equal(1, _fake.CommandPuts);
        Assert.Equal(2, _fake.RequestsTo("GET", "GET /applications/{application_id}/commands").Count());
        Assert.Empty(_fake.ContractErrors);
    }

    [Fact]
    public async Task The_command_contract_has_the_agreed_names_options_and_permissions()
    {
        await using var host = await DiscordTestHost.StartAsync(_fake);
        await RegisterAsync(host);

        var commands = JsonNode.Parse(Assert.Single(_fake.RequestsTo("PUT", GlobalPut)).Body)!.AsArray();
        var byName = commands.ToDictionary(c => c!["name"]!.ToString(), c => c!);
        Assert.Equal(["incident", "incidents", "subscribe", "subscriptions", "unsubscribe"], byName.Keys.Order());
        Assert.Equal(["country", "platform", "days"], Options(byName["incidents"]).Select(o => o["name"]!.ToString()));
        Assert.True(Options(byName["incidents"])[0]["autocomplete"]!.GetValue<bool>());
        Assert.Equal(6, Options(byName["incidents"])[1]["choices"]!.AsArray().Count);
        Assert.Equal(1, Options(byName["incidents"])[2]["min_value"]!.GetValue<int>());
        Assert.Equal(90, Options(byName["incidents"])[2]["max_value"]!.GetValue<int>());
        Assert.True(Options(byName["incident"])[0]["required"]!.GetValue<bool>());
        Assert.Equal(16, byName["subscribe"]["default_member_permissions"]!.GetValue<long>());
        Assert.Equal(16, byName["unsubscribe"]["default_member_permissions"]!.GetValue<long>());
        Assert.Null(byName["incidents"]["default_member_permissions"]);
    }

    [Fact]
    public async Task A_changed_command_on_Discord_is_overwritten()
    {
        await using var host = await DiscordTestHost.StartAsync(_fake);
        await RegisterAsync(host);
        _fake.Commands["global"][0]!["description"] = "edited by hand";

        Assert.Equal(CommandRegistration.Updated, await RegisterAsync(host));
        Assert.Equal(2, _fake.CommandPuts);
    }

    [Fact]
    public async Task A_missing_command_on_Discord_is_registered_again()
    {
        await using var host = await DiscordTestHost.StartAsync(_fake);
        await RegisterAsync(host);
        _fake.Commands["global"].RemoveAt(0);

        Assert.Equal(CommandRegistration.Updated, await RegisterAsync(host));
    }

    [Fact]
    public async Task With_a_guild_id_commands_go_to_that_guild_without_global_contexts()
    {
        await using var host = await DiscordTestHost.StartAsync(_fake, s => s["Discord:GuildId"] = "333333333333333333");

        Assert.Equal(CommandRegistration.Updated, await RegisterAsync(host));
        Assert.Equal(CommandRegistration.Unchanged, await RegisterAsync(host));

        var put = Assert.Single(_fake.RequestsTo("PUT", GuildPut));
        Assert.Equal("/api/v10/applications/111111111111111111/guilds/333333333333333333/commands", put.Path);
        Assert.DoesNotContain("contexts", put.Body, StringComparison.Ordinal);
        Assert.Empty(_fake.RequestsTo("PUT", GlobalPut));
    }

    [Fact]
    public async Task A_refused_registration_is_logged_not_thrown()
    {
        _fake.Script("commands", new ScriptedReply(200, "[]"));
        _fake.Script("commands", new ScriptedReply(400, """{"message":"Invalid Form Body","code":50035}"""));
        await using var host = await DiscordTestHost.StartAsync(_fake);

        Assert.Equal(CommandRegistration.Failed, await RegisterAsync(host));
        Assert.Equal(1, host.Logs.Count(Microsoft.Extensions.Logging.LogLevel.Error, "Invalid Form Body"));
    }

    private static JsonNode[] Options(JsonNode command) => command["options"]!.AsArray().Select(o => o!).ToArray();
}
