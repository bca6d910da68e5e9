using System.Globalization;
using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Discord.Rendering;

/// <summary>The fixed wording, colours and small formats shared by alert and command embeds.</summary>
internal static class AlertStyle
{
    public const string Footer = "Unofficial alert compiled automatically from news reports. Check the linked sources before acting on it.";

    public const int UnknownColor = 0x95A5A6;

    public static int Color(IReadOnlyList<Platform> platforms) => platforms.Count == 0 ? UnknownColor : platforms[0] switch
    {
        Platform.Drone => 0xE67E22,
        Platform.FighterJet => 0xE74C3C,
        Platform.MilitaryAircraftOther => 0xAD1457,
        Platform.Helicopter => 0x9B59B6,
        Platform.Balloon => 0x3498DB,
        Platform.Missile => 0x8B0000,
        _ => UnknownColor,
    };

    /// <summary>"🇵🇱 Poland, 🇱🇹 Lithuania"; a code that is not two letters gets no flag.</summary>
    public static string CountryList(IReadOnlyList<Country> countries, int max) => countries.Count == 0
        ? "Unknown"
        : DiscordMarkdown.Truncate(string.Join(", ", countries.Select(c => $"{Flag(c)}{DiscordMarkdown.Escape(c.Name, 60)}")), max);

    public static string Flags(IReadOnlyList<Country> countries) => string.Concat(countries.Select(Flag)).Trim();

    public static string PlatformList(IReadOnlyList<Platform> platforms) =>
        platforms.Count == 0 ? "Unknown" : string.Join(", ", platforms.Select(p => p.ToLabel()));

    public static string OriginList(IReadOnlyList<string> origins) =>
        origins.Count == 0 ? "Unknown" : string.Join(", ", origins.Select(Origins.ToLabel).Distinct());

    /// <summary>A Discord timestamp: every reader sees it in their own time zone.</summary>
    public static string Time(DateTimeOffset time, char style = 'f') =>
        $"<t:{time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:{style}>";

    public static string Count(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";

    public static string FirstUrl(AlertMessage alert) =>
        alert.Sources.Select(s => DiscordMarkdown.SafeUrl(s.Url)).FirstOrDefault(u => u is not null) ?? string.Empty;

    private static string Flag(Country country) =>
        country.Code.Length == 2 && country.Code.All(char.IsAsciiLetter) ? country.Flag + " " : string.Empty;
}
