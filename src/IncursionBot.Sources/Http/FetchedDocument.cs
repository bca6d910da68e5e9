namespace IncursionBot.Sources.Http;

/// <summary>A body as the server sent it, with what is needed to decode it and resolve its relative links.</summary>
/// <param name="Body">The decompressed body, at most the configured size.</param>
/// <param name="MediaType">The Content-Type media type, lower case, when given.</param>
/// <param name="CharSet">The Content-Type charset parameter, when given.</param>
/// <param name="Url">The final URL, after redirects.</param>
internal sealed record FetchedDocument(byte[] Body, string? MediaType, string? CharSet, Uri Url);
