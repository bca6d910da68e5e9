namespace IncursionBot.Sources.Http;

/// <summary>Reads one document format into items.</summary>
internal interface IFeedParser
{
    /// <summary>The Accept header to request this format with.</summary>
    string Accept { get; }

    FeedParseResult Parse(FetchedDocument document, string sourceName);
}
