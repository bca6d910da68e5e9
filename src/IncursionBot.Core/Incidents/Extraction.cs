namespace IncursionBot.Core.Incidents;

/// <summary>What extraction decided about one item, with the phrases that decided it.</summary>
public sealed record Extraction(
    bool IsIncursion,
    IReadOnlyList<string> Countries,
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<string> Origins,
    IReadOnlyList<Evidence> Evidence)
{
    public static Extraction None { get; } = new(false, [], [], [], []);
}

/// <summary>A phrase from the text that decided a field (<c>is_incursion</c>, <c>country</c>, <c>platform</c>, <c>origin</c>).</summary>
public sealed record Evidence(string Field, string Value, string Phrase);
