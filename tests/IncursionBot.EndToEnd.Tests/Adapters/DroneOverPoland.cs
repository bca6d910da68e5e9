using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;

namespace IncursionBot.EndToEnd.Tests.Adapters;

/// <summary>A real, labelled report of Russian drones entering Polish airspace that the bot's extractor recognises.</summary>
public static class DroneOverPoland
{
    private static readonly NewsFeed.NewsItem Labelled = Pick();

    /// <summary>The report, dated an hour ago so that "recent incidents" queries (by report date) include it.</summary>
    public static NewsFeed.NewsItem Fresh() => Labelled with { Published = DateTimeOffset.UtcNow.AddHours(-1) };

    private static NewsFeed.NewsItem Pick()
    {
        var extractor = new GazetteerExtractor();
        return NewsFeed.LoadLabelled().First(i =>
            i.IsIncursion
            && extractor.Extract(i.Title, i.Text) is { IsIncursion: true } e
            && e.Countries.Contains("PL")
            && e.Platforms.Contains(Platform.Drone));
    }
}
