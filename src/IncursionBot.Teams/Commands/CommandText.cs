using System.Net;
using System.Text.RegularExpressions;
using IncursionBot.Core.Alerts;
using IncursionBot.Teams.Connector;

namespace IncursionBot.Teams.Commands;

/// <summary>
/// What the user typed, without the bot's own @mention: mentions of the recipient are found through
/// <c>entities</c> (as the SDK's RemoveRecipientMention does), then tags, HTML entities and extra spaces go.
/// </summary>
internal static partial class CommandText
{
    public static string Normalize(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type != "mention" || mention.Mentioned?.Id is null || mention.Mentioned.Id != botId)
            {
                continue;
            }

            var mentionText = mention.Text is { Length: > 0 } t ? t : $"<at>{mention.Mentioned.Name}</at>";
            text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }

        text = Tag().Replace(text, " ");
        return TextAlertRenderer.OneLine(WebUtility.HtmlDecode(text));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
