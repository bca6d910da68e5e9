namespace IncursionBot.Core.Incidents;

/// <summary>The watched states, and resolution of what a user types (code or name) to one of them.</summary>
public static class Countries
{
    public static IReadOnlyList<Country> All { get; } =
    [
        new("AL", "Albania"), new("AT", "Austria"), new("BE", "Belgium"), new("BG", "Bulgaria"),
        new("CA", "Canada"), new("HR", "Croatia"), new("CY", "Cyprus"), new("CZ", "Czechia"),
        new("DK", "Denmark"), new("EE", "Estonia"), new("FI", "Finland"), new("FR", "France"),
        new("DE", "Germany"), new("GR", "Greece"), new("HU", "Hungary"), new("IS", "Iceland"),
        new("IE", "Ireland"), new("IT", "Italy"), new("LV", "Latvia"), new("LT", "Lithuania"),
        new("LU", "Luxembourg"), new("MT", "Malta"), new("MD", "Moldova"), new("ME", "Montenegro"),
        new("NL", "Netherlands"), new("MK", "North Macedonia"), new("NO", "Norway"), new("PL", "Poland"),
        new("PT", "Portugal"), new("RO", "Romania"), new("SK", "Slovakia"), new("SI", "Slovenia"),
        new("ES", "Spain"), new("SE", "Sweden"), new("TR", "Türkiye"), new("GB", "United Kingdom"),
        new("US", "United States"),
    ];

    private static readonly Dictionary<string, Country> ByCode =
        All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Country> ByName = BuildNames();

    public static Country? FindByCode(string code) => ByCode.GetValueOrDefault(code.Trim());

    /// <summary>Resolves a code (<c>pl</c>), a name (<c>Poland</c>) or a common alias (<c>UK</c>, <c>Turkey</c>).</summary>
    public static bool TryResolve(string? text, out Country country)
    {
        var key = text?.Trim() ?? string.Empty;
        if (ByCode.TryGetValue(key, out country!) || ByName.TryGetValue(key, out country!))
        {
            return true;
        }

        country = null!;
        return false;
    }

    /// <summary>Countries whose code or name starts with (or whose name contains) the typed text, best first.</summary>
    public static IReadOnlyList<Country> Suggest(string? typed, int max)
    {
        var text = typed?.Trim() ?? string.Empty;
        return All
            .Select(c => (Country: c, Rank: Rank(c, text)))
            .Where(x => x.Rank < 3)
            .OrderBy(x => x.Rank).ThenBy(x => x.Country.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Country)
            .ToArray();
    }

    private static int Rank(Country c, string text)
    {
        if (text.Length == 0) return 1;
        if (c.Code.Equals(text, StringComparison.OrdinalIgnoreCase)) return 0;
        if (c.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase)) return 1;
        return c.Name.Contains(text, StringComparison.OrdinalIgnoreCase) ? 2 : 3;
    }

    private static Dictionary<string, Country> BuildNames()
    {
        var names = All.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        (string Alias, string Code)[] aliases =
        [
            ("UK", "GB"), ("Britain", "GB"), ("Great Britain", "GB"), ("Turkey", "TR"), ("Czech Republic", "CZ"),
            ("USA", "US"), ("Holland", "NL"), ("Macedonia", "MK"), ("Republic of Moldova", "MD"),
        ];
        foreach (var (alias, code) in aliases)
        {
            names[alias] = ByCode[code];
        }

        return names;
    }
}
