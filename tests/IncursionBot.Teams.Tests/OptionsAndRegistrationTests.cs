using IncursionBot.Core.Ports;
using IncursionBot.Teams.Connector;
using IncursionBot.Teams.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams.Tests;

public sealed class OptionsAndRegistrationTests
{
    [Theory]
    [InlineData("Teams:AppId", "", "secret")]
    [InlineData("Teams:AppPassword", "9f1c6d2e-4b7a-4c1e-9a55-2f0d3c1b7e01", "")]
    public void Half_configured_credentials_name_the_missing_key(string key, string appId, string password)
    {
        var error = Validate(new() { ["Teams:AppId"] = appId, ["Teams:AppPassword"] = password });

        Assert.Contains(key + " is required", error);
        Assert.DoesNotContain("secret", error.Replace("Teams:AppPassword", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Teams:OpenIdMetadataUrl", "http://login.example/openid")]
    [InlineData("Teams:TokenEndpoint", "not a url")]
    [InlineData("Teams:AllowedServiceUrlHosts:0", "https://smba.trafficmanager.net/")]
    [InlineData("Teams:Webhooks:ops", "http://prod.logic.azure.com/workflows/1")]
    [InlineData("Teams:Webhooks:old", "https://contoso.webhook.office.com/webhookb2/1")]
    [InlineData("Teams:Webhooks:bad name", "https://prod.logic.azure.com/workflows/1")]
    public void Bad_values_fail_at_start_naming_the_key(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["Teams:AppId"] = TeamsTestHost.AppId, ["Teams:AppPassword"] = "p", [key] = value };

        var error = Validate(settings);

        Assert.Contains(key.Split(':')[0] + ":" + key.Split(':')[1], error);
        Assert.DoesNotContain("logic.azure.com", error);
    }

    [Fact]
    public void Defaults_cover_the_public_cloud()
    {
        var options = new TeamsOptions { AppId = TeamsTestHost.AppId, AppPassword = "p" };

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", options.EffectiveTokenEndpoint);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        var policy = new ServiceUrlPolicy(Options.Create(options));
        Assert.True(policy.IsAllowed("https://smba.trafficmanager.net/amer/"));
        Assert.True(policy.IsAllowed("https://emea.smba.trafficmanager.net/emea/"));
        Assert.False(policy.IsAllowed("http://smba.trafficmanager.net/amer/"));
        Assert.False(policy.IsAllowed("https://smba.trafficmanager.net.evil.example/"));
        Assert.False(policy.IsAllowed("https://evilsmba.trafficmanager.net/"));
        Assert.False(policy.IsAllowed("https://user:pw@smba.trafficmanager.net/"));
    }

    [Fact]
    public async Task Fully_off_registers_nothing_that_sends_and_says_so_once()
    {
        var logs = new CapturingLoggerProvider();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddTeams(new ConfigurationBuilder().Build());
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Empty(host.Services.GetServices<IChatAdapter>());
        Assert.Empty(host.Services.GetServices<IHealthContributor>());
        var line = Assert.Single(logs.Lines, l => l.Category.StartsWith("IncursionBot.Teams", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("Teams is off", line.Text);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_host_from_starting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddTeams(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Teams:AppId"] = "x" }).Build());
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Teams:AppPassword", error.Message);
    }

    private static string Validate(Dictionary<string, string?> settings)
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Teams").Get<TeamsOptions>()!;
        var result = new TeamsOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        return result.FailureMessage;
    }
}
