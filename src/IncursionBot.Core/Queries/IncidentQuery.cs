using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Queries;

/// <summary>The filters of <c>/incidents</c> and the <c>incidents</c> verb. Null means any.</summary>
public sealed record IncidentQuery(string? Country, Platform? Platform, int Days)
{
    public const int DefaultDays = 7;
    public const int MinDays = 1;
    public const int MaxDays = 90;
}
