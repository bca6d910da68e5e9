using IncursionBot.Core.Ports;
using IncursionBot.Sources.Http;
using IncursionBot.Sources.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncursionBot.Sources.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void AddSources_registers_one_factory_per_type()
    {
        using var services = TestServices.Build();

        var types = services.GetServices<ISourceFactory>().Select(f => f.Type).Order();

        Assert.Equal(["gdelt", "inbox", "jsonfeed", "rss"], types);
    }

    [Fact]
    public void AddSources_twice_does_not_duplicate_factories()
    {
        var services = new ServiceCollection().AddSources().AddSources();

        Assert.Equal(4, services.Count(d => d.ServiceType == typeof(ISourceFactory)));
    }

    [Fact]
    public void Options_have_the_documented_defaults()
    {
        using var services = TestServices.Build();

        var options = services.GetRequiredService<IOptions<SourceHttpOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(5 * 1024 * 1024, options.MaxResponseBytes);
        Assert.StartsWith("IncursionBot/0.1.0 (+https://github.com/incursionbot/incursionbot)", options.UserAgent);
        Assert.Equal(TimeSpan.FromSeconds(6), options.GdeltMinimumInterval);
    }

    [Fact]
    public void Options_bind_from_the_SourceHttp_section()
    {
        using var services = TestServices.Build(settings: new Dictionary<string, string?>
        {
            ["SourceHttp:Timeout"] = "00:00:10",
            ["SourceHttp:MaxResponseBytes"] = "1048576",
            ["SourceHttp:UserAgent"] = "Custom/1.0",
        });

        var options = services.GetRequiredService<IOptions<SourceHttpOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal(1048576, options.MaxResponseBytes);
        Assert.Equal("Custom/1.0", options.UserAgent);
    }

    [Theory]
    [InlineData("SourceHttp:Timeout", "00:00:00")]
    [InlineData("SourceHttp:MaxResponseBytes", "10")]
    [InlineData("SourceHttp:UserAgent", " ")]
    [InlineData("SourceHttp:GdeltMinimumInterval", "00:00:01")]
    public void Invalid_options_fail_naming_the_key(string key, string value)
    {
        using var services = TestServices.Build(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SourceHttpOptions>>().Value);

        Assert.Contains(key, error.Message);
    }

    [Theory]
    [InlineData("rss", null)]
    [InlineData("jsonfeed", "ftp://example.org/feed")]
    [InlineData("rss", "/relative/feed.xml")]
    public void An_http_source_without_an_absolute_http_url_is_a_configuration_error(string type, string? url)
    {
        using var services = TestServices.Build();
        var factory = services.GetServices<ISourceFactory>().Single(f => f.Type == type);

        var error = Assert.Throws<ArgumentException>(() => factory.Create(TestServices.Definition(type, url)));

        Assert.Contains("Url", error.Message);
    }
}
