using IncursionBot.Core.Ports;
using IncursionBot.Sources.Http;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Sources.Gdelt;

/// <summary>
/// Creates <c>gdelt</c> sources. <c>Url</c> is the full DOC 2.0 request, e.g.
/// <c>https://api.gdeltproject.org/api/v2/doc/doc?mode=ArtList&amp;format=json&amp;sort=DateDesc&amp;timespan=1h&amp;query=…</c>.
/// </summary>
internal sealed class GdeltSourceFactory(
    SourceFetcher fetcher, GdeltPacer pacer, ILogger<FeedSource> feedLogger, ILogger<GdeltSource> logger) : ISourceFactory
{
    public const string TypeName = "gdelt";

    private readonly GdeltParser _parser = new();

    public string Type => TypeName;

    public IIncidentSource Create(SourceDefinition definition)
    {
        var url = SourceUrls.Require(definition);
        var query = url.Query.ToLowerInvariant();
        if (!query.Contains("format=json", StringComparison.Ordinal) || !query.Contains("mode=artlist", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Source '{definition.Name}' (Type 'gdelt') needs a DOC 2.0 Url with mode=ArtList&format=json; it is '{definition.Url}'.",
                nameof(definition));
        }

        var feed = new FeedSource(definition, url, fetcher, _parser, feedLogger, GdeltParser.ThrottleBackoff);
        return new GdeltSource(feed, pacer, logger);
    }
}
