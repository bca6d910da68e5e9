namespace IncursionBot.Teams.Throttling;

/// <summary>At most <see cref="Count"/> requests in any <see cref="Window"/>.</summary>
public sealed record WindowLimit(int Count, TimeSpan Window);

/// <summary>The limits Teams documents, with the page each comes from.</summary>
public static class TeamsRateLimits
{
    /// <summary>Per bot per thread, "Send to conversation" (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit, 2026-10-08).</summary>
    public static IReadOnlyList<WindowLimit> PerConversation { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>50 requests per second per app per tenant (same page); applied across all conversations.</summary>
    public static IReadOnlyList<WindowLimit> PerApp { get; } = [new(50, TimeSpan.FromSeconds(1))];

    /// <summary>Per Workflows webhook (msteams-docs webhooks-and-connectors/how-to/add-incoming-webhook.md).</summary>
    public static IReadOnlyList<WindowLimit> PerWebhook { get; } =
    [
        new(4, TimeSpan.FromSeconds(1)),
        new(60, TimeSpan.FromSeconds(30)),
        new(100, TimeSpan.FromHours(1)),
        new(150, TimeSpan.FromHours(2)),
        new(1800, TimeSpan.FromHours(24)),
    ];
}
