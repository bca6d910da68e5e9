namespace IncursionBot.Core.Incidents;

/// <summary>The kind of intruder an incident reports.</summary>
public enum Platform
{
    Drone,
    FighterJet,
    MilitaryAircraftOther,
    Helicopter,
    Balloon,
    Missile,
}

/// <summary>Wire names (<c>drone</c>, <c>fighter_jet</c>, ...) used in configuration, commands and the <c>extract</c> verb.</summary>
public static class PlatformNames
{
    private static readonly (Platform Platform, string Name, string Label)[] Table =
    [
        (Platform.Drone, "drone", "Drone"),
        (Platform.FighterJet, "fighter_jet", "Fighter jet"),
        (Platform.MilitaryAircraftOther, "military_aircraft_other", "Military aircraft"),
        (Platform.Helicopter, "helicopter", "Helicopter"),
        (Platform.Balloon, "balloon", "Balloon"),
        (Platform.Missile, "missile", "Missile"),
    ];

    public static IReadOnlyList<Platform> All { get; } = Table.Select(t => t.Platform).ToArray();

    public static string ToWire(this Platform platform) => Table.First(t => t.Platform == platform).Name;

    public static string ToLabel(this Platform platform) => Table.First(t => t.Platform == platform).Label;

    public static bool TryParse(string? text, out Platform platform)
    {
        var trimmed = text?.Trim();
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Name, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Label, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                platform = entry.Platform;
                return true;
            }
        }

        platform = default;
        return false;
    }
}
