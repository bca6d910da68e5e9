using IncursionBot.Core.Ports;
using IncursionBot.Sources.Http;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Sources.JsonFeed;

/// <summary>Creates <c>jsonfeed</c> sources (JSON Feed 1.0 and 1.1).</summary>
internal sealed class JsonFeedSourceFactory(SourceFetcher fetcher, ILogger<FeedSource> logger) : ISourceFactory
{
    public const string TypeName = "jsonfeed";

    private readonly JsonFeedParser _parser = new();

    public string Type => TypeName;

    public IIncidentSource Create(SourceDefinition definition) =>
        new FeedSource(definition, SourceUrls.Require(definition), fetcher, _parser, logger);
}
