namespace IncursionBot.Core.Ingestion;

/// <summary>Limits on the text kept from items.</summary>
public static class IngestionLimits
{
    /// <summary>Characters of item text kept as an incident or report summary.</summary>
    public const int SummaryLength = 700;

    /// <summary>Characters of item text given to extraction; articles past this are boilerplate.</summary>
    public const int ExtractionTextLength = 20_000;
}
