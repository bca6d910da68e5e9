namespace IncursionBot.Discord.Rendering;

/// <summary>
/// Discord's message and embed limits (Resources / Message, "Embed Limits"; Interactions / Application Commands).
/// Lengths count characters after trimming leading and trailing whitespace; the total is across all embeds of a message.
/// </summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int TotalCharacters = 6000;
    public const int EmbedsPerMessage = 10;
    public const int MessageContent = 2000;
    public const int Url = 2048;
    public const int Nonce = 25;
    public const int AutocompleteChoices = 25;
    public const int ChoiceName = 100;
}
