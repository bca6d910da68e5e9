namespace IncursionBot.Core.Ingestion;

/// <summary>What happened to one item.</summary>
public enum IngestionOutcome
{
    /// <summary>Seen before (same source id or canonical URL): nothing stored, nothing alerted.</summary>
    Duplicate,

    /// <summary>Stored as seen; it does not report an incursion.</summary>
    NotIncursion,

    /// <summary>A new incident was created.</summary>
    NewIncident,

    /// <summary>Attached to a known incident as another report.</summary>
    MergedIntoIncident,
}

/// <summary>Counts for one poll's batch of items.</summary>
public sealed record IngestionSummary(int Items, int Duplicates, int NotIncursions, int NewIncidents, int Merged, int Alerted);
