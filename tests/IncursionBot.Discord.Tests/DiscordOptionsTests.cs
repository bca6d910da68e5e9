using IncursionBot.Core.Ports;
using IncursionBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private static DiscordOptions Valid() => new()
    {
        BotToken = "token",
        ApplicationId = "111111111111111111",
        PublicKey = TestSigner.PublicKeyHex,
    };

    private static IReadOnlyList<string> Errors(DiscordOptions options) =>
        new DiscordOptionsValidator().Validate(null, options).Failures?.ToArray() ?? [];

    [Fact]
    public void A_complete_configuration_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Nothing_is_checked_while_Discord_is_off() =>
        Assert.Empty(Errors(new DiscordOptions { PublicKey = "nonsense", ApiBaseUrl = "nowhere" }));

    [Theory]
    [InlineData("abc")]
    [InlineData("zz5a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00")]
    public void A_public_key_must_be_64_hex_characters(string key) =>
        Assert.Contains("Discord:PublicKey must be 64 hex characters", Assert.Single(Errors(new DiscordOptions
        {
            BotToken = "token",
            ApplicationId = "1",
            PublicKey = key,
        })), StringComparison.Ordinal);

    [Theory]
    [InlineData("ApplicationId", "Discord:ApplicationId")]
    [InlineData("GuildId", "Discord:GuildId")]
    [InlineData("ApiBaseUrl", "Discord:ApiBaseUrl")]
    public void Each_bad_key_is_named(string key, string expected)
    {
        var options = Valid();
        typeof(DiscordOptions).GetProperty(key)!.SetValue(options, "not a number or url");

        Assert.StartsWith(expected, Assert.Single(Errors(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_with_the_Bot_prefix_is_refused_without_repeating_it()
    {
        var options = Valid();
        options.BotToken = "Bot my-secret-token";

        var error = Assert.Single(Errors(options));

        Assert.StartsWith("Discord:BotToken", error, StringComparison.Ordinal);
        Assert.DoesNotContain("my-secret-token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("my-secret-token", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_gateway_defaults_to_on_when_a_token_is_set()
    {
        Assert.True(Valid().UseGateway);
        Assert.False(new DiscordOptions().UseGateway);
        Assert.False(new DiscordOptions { BotToken = "t", GatewayEnabled = false }.UseGateway);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_an_invalid_configuration()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            DiscordTestHost.StartAsync(null, s => s["Discord:PublicKey"] = "not-hex"));

        Assert.Contains("Discord:PublicKey must be 64 hex characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_nothing_that_sends_is_registered_and_one_line_says_so()
    {
        await using var host = await DiscordTestHost.StartAsync(null, s => s["Discord:BotToken"] = string.Empty);

        Assert.Empty(host.Services.GetServices<IChatAdapter>());
        Assert.Empty(host.Services.GetServices<IHealthContributor>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Namespace!.StartsWith("IncursionBot.Discord.", StringComparison.Ordinal));
        Assert.Single(host.Logs.Lines, l => l.StartsWith("Information IncursionBot.Discord", StringComparison.Ordinal));
        Assert.Equal(1, host.Logs.Count(LogLevel.Information, "Discord is off"));
    }

    [Fact]
    public async Task With_a_token_the_adapter_health_and_endpoint_services_are_registered()
    {
        await using var host = await DiscordTestHost.StartAsync(null);

        Assert.Single(host.Services.GetServices<IChatAdapter>(), a => a.Platform == "discord");
        Assert.Single(host.Services.GetServices<IHealthContributor>(), h => h.Name == "discord");
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Name == "GatewayService");
    }
}
