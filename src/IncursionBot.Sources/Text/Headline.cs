namespace IncursionBot.Sources.Text;

/// <summary>A stand-in title for items that carry only a body (RSS allows an item with just a description).</summary>
internal static class Headline
{
    public const int MaxLength = 140;

    public static string? FromText(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return line is null ? null : line.Length <= MaxLength ? line : line[..MaxLength].TrimEnd() + "…";
    }
}
