namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>The tuning knobs, in one place. Values were set on the development split of the evaluation set.</summary>
internal static class Weights
{
    public static readonly double[] TitleSentence = [3.0, 2.0, 1.2];
    public static readonly double[] TextSentence = [2.0, 1.5, 0.9, 0.7, 0.5, 0.35, 0.3, 0.3, 0.3, 0.3];
    public const double LateSentence = 0.2;

    public const double WeakCueInTitle = 0.7;
    public const double OverPlaceCue = 0.7;
    public const double AirspaceCue = 0.5;
    public const double TitleBlock = 1.5;
    public const double QuestionTitle = 1.5;
    public const double IntrinsicRussian = 0.7;
    public const double GenericPlace = 0.5;
    public const double BesidePlace = 0.3;
    public const double Background = 0.25;
    public const double Hypothetical = 0.3;
    public const double KillerAgainst = 1.5;
    public const double RecapAgainst = 0.5;
    public const double AgainstCapPerSentence = 2.0;

    public const double EventThreshold = 1.0;
    public const int EventSentences = 3;
    public const double EventfulSentence = 0.15;
    public const double EventOverAgainst = 1.0;

    public const double CountryShareOfBest = 0.45;
    public const double PlatformShareOfBest = 0.5;
    public const double OriginShareOfBest = 0.1;
    public const double OriginMinimum = 0.5;

    public static double Sentence(Text.Zone zone, int ordinal)
    {
        var table = zone == Text.Zone.Title ? TitleSentence : TextSentence;
        return ordinal < table.Length ? table[ordinal] : zone == Text.Zone.Title ? table[^1] : LateSentence;
    }
}
