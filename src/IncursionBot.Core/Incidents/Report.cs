namespace IncursionBot.Core.Incidents;

/// <summary>One outlet's report of an incident.</summary>
public sealed record Report(
    long Id,
    long IncidentId,
    string SourceName,
    string ItemId,
    string Url,
    string CanonicalUrl,
    string Title,
    string Summary,
    string? Outlet,
    DateTimeOffset PublishedAt,
    DateTimeOffset SeenAt,
    Extraction Extraction);
