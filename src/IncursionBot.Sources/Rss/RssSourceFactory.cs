using IncursionBot.Core.Ports;
using IncursionBot.Sources.Http;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Sources.Rss;

/// <summary>Creates <c>rss</c> sources: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds.</summary>
internal sealed class RssSourceFactory(SourceFetcher fetcher, ILogger<FeedSource> logger) : ISourceFactory
{
    public const string TypeName = "rss";

    private readonly XmlFeedParser _parser = new();

    public string Type => TypeName;

    public IIncidentSource Create(SourceDefinition definition) =>
        new FeedSource(definition, SourceUrls.Require(definition), fetcher, _parser, logger);
}
