using System.Net;
using IncursionBot.Core.Ports;

namespace IncursionBot.Sources.Http;

/// <summary>The outcome of one conditional GET.</summary>
internal abstract record FetchResult
{
    private FetchResult()
    {
    }

    public sealed record Document(FetchedDocument Content, SourceCursor Cursor) : FetchResult;

    public sealed record NotModified(SourceCursor Cursor) : FetchResult;

    public sealed record Failed(string Error, HttpStatusCode? Status = null, TimeSpan? RetryAfter = null) : FetchResult;
}
