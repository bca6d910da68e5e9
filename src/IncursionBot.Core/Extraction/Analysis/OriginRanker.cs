using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>
/// Attributes the intruder to Russia or Belarus when event sentences name them next to it ("Russian drone",
/// "balloons from Belarus"); a Ukrainian drone is attributed to neither.
/// </summary>
internal static class OriginRanker
{
    public static IReadOnlyList<(string Code, OriginMention Best)> Rank(IReadOnlyList<SentenceFacts> sentences)
    {
        var scores = new Dictionary<string, (double Score, OriginMention Best)>();
        foreach (var facts in sentences)
        {
            var eventful = facts.Event > 0 && facts.Intruders.Count > 0;
            var telling = facts.CueAnywhere > 0 || facts.Intruders.Count > 0;
            foreach (var origin in facts.Origins)
            {
                if (!origin.Recap && ((origin.From && telling) || (eventful && NextToIntruder(facts, origin))))
                {
                    Add(scores, origin.Code, origin, facts.Weight);
                }
            }

            foreach (var mention in facts.Intruders)
            {
                if (eventful && mention is { Role: PlatformRole.Intrinsic, Ukrainian: false, Recap: false })
                {
                    Add(scores, Origins.Russia, new OriginMention(Origins.Russia, mention.Token, mention.Length, false, false), facts.Weight * Weights.IntrinsicRussian);
                }
            }
        }

        var best = scores.Count == 0 ? 0 : scores.Values.Max(s => s.Score);
        return scores
            .Where(s => s.Value.Score >= Weights.OriginMinimum && s.Value.Score >= best * Weights.OriginShareOfBest)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, s.Value.Best))
            .ToArray();
    }

    private static bool NextToIntruder(SentenceFacts facts, OriginMention origin) =>
        facts.Intruders.Exists(i => !i.Ukrainian && origin.Token - i.Token <= 8 && i.Token - origin.Token <= 7);

    private static void Add(Dictionary<string, (double Score, OriginMention Best)> scores, string code, OriginMention mention, double score)
    {
        scores.TryGetValue(code, out var current);
        scores[code] = (current.Score + score, current.Score == 0 ? mention : current.Best);
    }
}
