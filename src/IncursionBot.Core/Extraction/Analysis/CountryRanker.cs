using IncursionBot.Core.Extraction.Lexicon;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>
/// Ranks member states by how strongly the event sentences place the event in them. States named only elsewhere
/// (background, lists of concerned allies, responders' home states) do not count unless nothing better exists.
/// </summary>
internal static class CountryRanker
{
    public static IReadOnlyList<(string Code, PlaceMention Best, double Score)> Rank(IReadOnlyList<SentenceFacts> sentences)
    {
        var scores = new Dictionary<string, (double Score, PlaceMention Best, double BestScore)>();
        foreach (var facts in sentences.Where(s => s.Event >= Weights.EventfulSentence))
        {
            var listing = facts.Listing && facts.Places.Select(p => p.Term.Code).Where(PlaceRules.IsMember).Distinct().Count() >= 3;
            foreach (var place in facts.Places.Where(p => PlaceRules.IsMember(p.Term.Code)))
            {
                var score = facts.Weight * RoleWeight(place.Term.Role) * place.Context
                    * (place.Recap ? Weights.Background : 1.0)
                    * (listing ? 0.3 : 1.0)
                    * (place.Term.Code == "US" && place.Context <= 1.0 ? 0.4 : 1.0);
                scores.TryGetValue(place.Term.Code, out var current);
                scores[place.Term.Code] = score > current.BestScore
                    ? (current.Score + score, place, score)
                    : (current.Score + score, current.Best, current.BestScore);
            }
        }

        if (scores.Count == 0)
        {
            return Located(sentences) is { } located ? [located] : [];
        }

        var best = scores.Values.Max(s => s.Score);
        return scores
            .Where(s => s.Value.Score >= best * Weights.CountryShareOfBest)
            .OrderByDescending(s => s.Value.Score)
            .Select(s => (s.Key, s.Value.Best, s.Value.Score))
            .ToArray();
    }

    // When no event sentence names a state, the one named most like a location ("the incident over Poland") is
    // the answer.
    private static (string Code, PlaceMention Best, double Score)? Located(IReadOnlyList<SentenceFacts> sentences)
    {
        var candidates = sentences
            .SelectMany(facts => facts.Places.Where(p => PlaceRules.IsMember(p.Term.Code))
                .Select(p => (p.Term.Code, Best: p, Score: facts.Weight * RoleWeight(p.Term.Role) * (p.Recap ? Weights.Background : 1.0))))
            .ToArray();
        var located = candidates.Where(c => c.Best.Context > 1.2).ToArray();
        return candidates.Length == 0 ? null : (located.Length > 0 ? located : candidates).MaxBy(x => x.Score);
    }

    private static double RoleWeight(PlaceRole role) => role switch
    {
        PlaceRole.Airport or PlaceRole.Base => 1.2,
        PlaceRole.Name or PlaceRole.City => 1.0,
        PlaceRole.Adjective or PlaceRole.Region => 0.9,
        PlaceRole.Capital => 0.8,
        _ => 0,
    };
}
