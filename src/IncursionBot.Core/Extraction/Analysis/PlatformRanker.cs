using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>Ranks the intruder's platforms; a named type (MiG-31, Il-20) silences generic aircraft words.</summary>
internal static class PlatformRanker
{
    public static IReadOnlyList<(Platform Platform, PlatformMention Best, SentenceFacts Sentence)> Rank(IReadOnlyList<SentenceFacts> sentences)
    {
        var namedAircraft = sentences.Any(s => s.Intruders.Exists(i =>
            i.Role == PlatformRole.Intrinsic && i.Platform is Platform.FighterJet or Platform.MilitaryAircraftOther && !i.Recap));
        var scores = new Dictionary<Platform, (double Score, PlatformMention Best, SentenceFacts Sentence, double BestScore)>();
        foreach (var facts in sentences)
        {
            foreach (var mention in facts.Intruders)
            {
                if (mention.Platform is not { } platform
                    || (namedAircraft && mention.Role == PlatformRole.Attributable && platform is Platform.FighterJet or Platform.MilitaryAircraftOther))
                {
                    continue;
                }

                var score = facts.Weight
                    * (facts.Event > 0 ? 2.0 : 0.5)
                    * (mention.Recap ? Weights.Background : 1.0)
                    * (mention.Hypothetical ? Weights.Hypothetical : 1.0)
                    * (mention.Role switch { PlatformRole.Intrinsic => 1.3, PlatformRole.Generic => 1.0, _ => 0.8 });
                scores.TryGetValue(platform, out var current);
                scores[platform] = score > current.BestScore
                    ? (current.Score + score, mention, facts, score)
                    : (current.Score + score, current.Best, current.Sentence, current.BestScore);
            }
        }

        var best = scores.Count == 0 ? 0 : scores.Values.Max(s => s.Score);
        return scores
            .Where(s => s.Value.Score >= best * Weights.PlatformShareOfBest)
            .OrderByDescending(s => s.Value.Score)
            .Select(s => (s.Key, s.Value.Best, s.Value.Sentence))
            .ToArray();
    }
}
