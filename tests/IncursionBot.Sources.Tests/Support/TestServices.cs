using IncursionBot.Core.Ports;
using IncursionBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Sources.Tests.Support;

/// <summary>The sources as the host wires them: <c>AddSources()</c> over in-memory configuration and a fake clock.</summary>
internal static class TestServices
{
    public static ServiceProvider Build(TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(time ?? new FakeTimeProvider());
        services.AddSources();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static IIncidentSource CreateSource(this IServiceProvider services, string type, Uri? url = null, string? path = null)
    {
        var factory = services.GetServices<ISourceFactory>().Single(f => f.Type == type);
        return factory.Create(Definition(type, url?.AbsoluteUri, path));
    }

    public static SourceDefinition Definition(string type, string? url = null, string? path = null, string name = "test-source") =>
        new(name, type, url, path, TimeSpan.FromMinutes(15), TimeSpan.FromHours(6), Enabled: true);
}
