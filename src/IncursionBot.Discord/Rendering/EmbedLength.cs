using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord.Rendering;

/// <summary>Counts an embed the way Discord does for its 6000-character total: trimmed title, description, field names and values, footer.</summary>
internal static class EmbedLength
{
    public static int Of(DiscordEmbed embed) =>
        Length(embed.Title) + Length(embed.Description) + Length(embed.Footer?.Text)
        + (embed.Fields?.Sum(f => Length(f.Name) + Length(f.Value)) ?? 0);

    public static int Of(IEnumerable<DiscordEmbed> embeds) => embeds.Sum(Of);

    public static int Length(string? text) => text?.Trim().Length ?? 0;

    /// <summary>True when every limit of <see cref="EmbedLimits"/> holds for the message's embeds.</summary>
    public static bool WithinLimits(IReadOnlyList<DiscordEmbed> embeds) =>
        embeds.Count <= EmbedLimits.EmbedsPerMessage
        && Of(embeds) <= EmbedLimits.TotalCharacters
        && embeds.All(e =>
            Length(e.Title) <= EmbedLimits.Title
            && Length(e.Description) <= EmbedLimits.Description
            && Length(e.Footer?.Text) <= EmbedLimits.FooterText
            && (e.Fields?.Count ?? 0) <= EmbedLimits.Fields
            && (e.Fields ?? []).All(f => Length(f.Name) is > 0 and <= EmbedLimits.FieldName && Length(f.Value) is > 0 and <= EmbedLimits.FieldValue));
}
