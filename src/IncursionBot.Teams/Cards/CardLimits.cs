namespace IncursionBot.Teams.Cards;

/// <summary>Size limits of what the adapter posts, and the sources they come from.</summary>
internal static class CardLimits
{
    /// <summary>
    /// Card budget: Workflows webhooks take 28 KB per request (msteams-docs add-incoming-webhook.md) and bots about
    /// 100 KB (format-your-bot-messages); 25 KB leaves room for the envelope either way.
    /// </summary>
    public const int MaxCardBytes = 25 * 1024;

    public const int MaxHeadline = 200;

    public const int MaxSourceTitle = 200;

    public const int MaxOutlet = 80;

    /// <summary>Longer URLs are not linked: one of them could use up the whole card budget.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Teams shows a handful of buttons before folding the rest away.</summary>
    public const int MaxOpenActions = 3;

    public const int MaxActionTitle = 40;
}
