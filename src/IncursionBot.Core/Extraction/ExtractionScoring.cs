using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction;

/// <summary>
/// Scores extractions against labels: precision, recall and F1 of <c>is_incursion</c>, and micro-averaged set
/// scores of countries, platforms and origins over the items labelled as incursions (a missed incursion counts
/// its labelled countries as misses). Shared by the evaluation tests and the host's <c>eval</c> verb.
/// </summary>
public static class ExtractionScoring
{
    public static ExtractionScores Score(IEnumerable<(Incidents.Extraction Expected, Incidents.Extraction Actual)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var incursion = new Counts();
        var countries = new Counts();
        var platforms = new Counts();
        var origins = new Counts();
        var items = 0;
        foreach (var (expected, actual) in pairs)
        {
            items++;
            incursion.Add(expected.IsIncursion, actual.IsIncursion);
            if (!expected.IsIncursion)
            {
                continue;
            }

            countries.AddSets(expected.Countries, actual.IsIncursion ? actual.Countries : []);
            platforms.AddSets(expected.Platforms.Select(p => p.ToWire()), actual.IsIncursion ? actual.Platforms.Select(p => p.ToWire()) : []);
            origins.AddSets(expected.Origins, actual.IsIncursion ? actual.Origins : []);
        }

        return new ExtractionScores(items, incursion.ToScore(), countries.ToScore(), platforms.ToScore(), origins.ToScore());
    }

    private sealed class Counts
    {
        private int _truePositives;
        private int _falsePositives;
        private int _falseNegatives;

        public void Add(bool expected, bool actual)
        {
            if (expected && actual)
            {
                _truePositives++;
            }
            else if (actual)
            {
                _falsePositives++;
            }
            else if (expected)
            {
                _falseNegatives++;
            }
        }

        public void AddSets(IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var wanted = expected.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var found = actual.ToHashSet(StringComparer.OrdinalIgnoreCase);
            _truePositives += found.Count(wanted.Contains);
            _falsePositives += found.Count(f => !wanted.Contains(f));
            _falseNegatives += wanted.Count(w => !found.Contains(w));
        }

        public F1Score ToScore() => new(_truePositives, _falsePositives, _falseNegatives);
    }
}

/// <summary>The scores of one evaluation run.</summary>
/// <param name="Items">Items scored.</param>
/// <param name="IsIncursion">Binary <c>is_incursion</c>: incursion is the positive class.</param>
/// <param name="Countries">Micro-averaged country sets on items labelled incursion.</param>
/// <param name="Platforms">Micro-averaged platform sets on items labelled incursion.</param>
/// <param name="Origins">Micro-averaged origin sets on items labelled incursion.</param>
public sealed record ExtractionScores(int Items, F1Score IsIncursion, F1Score Countries, F1Score Platforms, F1Score Origins);

/// <summary>Counts of hits, false alarms and misses, with the derived precision, recall and F1 (1 when nothing was expected or found).</summary>
public sealed record F1Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
