using IncursionBot.Core.Incidents;

namespace IncursionBot.Storage.Stores;

/// <summary>
/// Lists of codes as comma-separated text (<c>PL,LT</c>, <c>drone,balloon</c>). The codes never contain commas;
/// queries never match inside this text, they use the incident_countries and incident_platforms tables.
/// </summary>
internal static class ListText
{
    public static string Join(IEnumerable<string> values) => string.Join(',', values);

    public static string JoinPlatforms(IEnumerable<Platform> platforms) => Join(platforms.Select(p => p.ToWire()));

    public static string[] Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Platform[] SplitPlatforms(string text) =>
        Split(text).Select(name => PlatformNames.TryParse(name, out var platform)
            ? platform
            : throw new InvalidDataException($"Unknown platform '{name}' stored in the database.")).ToArray();

    /// <summary>The canonical text of a filter set: distinct and sorted, so equal sets compare equal.</summary>
    public static string Canonical(IEnumerable<string> values) =>
        Join(values.Select(v => v.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal));

    public static string CanonicalPlatforms(IEnumerable<Platform> platforms) =>
        Join(platforms.Distinct().Select(p => p.ToWire()).Order(StringComparer.Ordinal));
}
