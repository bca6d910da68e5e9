using System.Net;
using IncursionBot.Core.Ports;
using IncursionBot.Sources.Gdelt;
using IncursionBot.Sources.Http;
using IncursionBot.Sources.Inbox;
using IncursionBot.Sources.JsonFeed;
using IncursionBot.Sources.Rss;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncursionBot.Sources;

/// <summary>Registers the incident sources: <c>rss</c>, <c>jsonfeed</c>, <c>gdelt</c> and <c>inbox</c>.</summary>
public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Adds one <see cref="ISourceFactory"/> per source type, the HTTP client they share, and
    /// <see cref="SourceHttpOptions"/> bound from the <c>SourceHttp</c> configuration section and validated at start.
    /// </summary>
    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddOptions<SourceHttpOptions>().BindConfiguration(SourceHttpOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourceHttpOptions>, SourceHttpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(SourceFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 10,
                // Connections are recycled so a feed host's DNS change is seen without restarting.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });

        services.TryAddSingleton<SourceFetcher>();
        services.TryAddSingleton<GdeltPacer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFactory, RssSourceFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFactory, JsonFeedSourceFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFactory, GdeltSourceFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFactory, InboxSourceFactory>());
        return services;
    }
}
