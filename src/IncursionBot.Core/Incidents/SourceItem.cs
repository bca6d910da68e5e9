namespace IncursionBot.Core.Incidents;

/// <summary>One item as a source delivered it, normalised to plain text.</summary>
/// <param name="SourceName">The configured source name.</param>
/// <param name="ItemId">The source's own stable id (guid, Atom id, JSON Feed id, URL, file name).</param>
/// <param name="Url">Absolute link to the original report, when the source gives one.</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Text">Plain-text body or summary (empty for title-only sources such as GDELT).</param>
/// <param name="PublishedAt">When the publisher says it was published; null when unknown.</param>
/// <param name="Outlet">Human name of the outlet (domain or feed title), for display.</param>
public sealed record SourceItem(
    string SourceName,
    string ItemId,
    string? Url,
    string Title,
    string Text,
    DateTimeOffset? PublishedAt,
    string? Outlet = null);
