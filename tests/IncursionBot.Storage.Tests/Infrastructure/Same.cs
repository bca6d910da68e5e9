using IncursionBot.Core.Incidents;

namespace IncursionBot.Storage.Tests.Infrastructure;

/// <summary>Field-by-field equality for records whose lists compare by reference.</summary>
public static class Same
{
    public static void Incident(Incident expected, Incident actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.Platforms, actual.Platforms);
        Assert.Equal(expected.Origins, actual.Origins);
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.FirstReportedAt, actual.FirstReportedAt);
        Assert.Equal(expected.LastReportedAt, actual.LastReportedAt);
        Assert.Equal(expected.FirstSeenAt, actual.FirstSeenAt);
        Assert.Equal(expected.Alertable, actual.Alertable);
        Assert.Equal(expected.Revision, actual.Revision);
    }

    public static void Report(Report expected, Report actual)
    {
        Assert.Equal(expected with { Extraction = Extraction.None }, actual with { Extraction = Extraction.None });
        Assert.Equal(expected.Extraction.IsIncursion, actual.Extraction.IsIncursion);
        Assert.Equal(expected.Extraction.Countries, actual.Extraction.Countries);
        Assert.Equal(expected.Extraction.Platforms, actual.Extraction.Platforms);
        Assert.Equal(expected.Extraction.Origins, actual.Extraction.Origins);
        Assert.Equal(expected.Extraction.Evidence, actual.Extraction.Evidence);
    }
}
