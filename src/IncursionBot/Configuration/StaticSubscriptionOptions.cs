namespace IncursionBot.Configuration;

/// <summary>One entry of the <c>Subscriptions</c> array: a channel that always receives matching alerts.</summary>
public sealed class StaticSubscriptionOptions
{
    /// <summary><c>console</c>, <c>discord</c> or <c>teams</c>.</summary>
    public string Platform { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    /// <summary>Codes or names; <c>*</c> or empty for any.</summary>
    public List<string> Countries { get; } = [];

    /// <summary>Platform names (<c>drone</c>, <c>fighter_jet</c>, ...); <c>*</c> or empty for any.</summary>
    public List<string> Platforms { get; } = [];
}

/// <summary>The <c>Subscriptions</c> array.</summary>
public sealed class StaticSubscriptionsOptions
{
    public const string SectionName = "Subscriptions";

    public List<StaticSubscriptionOptions> Items { get; } = [];
}
