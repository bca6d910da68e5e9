using IncursionBot.Core.Clustering;
using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Tests.Clustering;

public sealed class IncidentClustererTests
{
    private static readonly GazetteerExtractor Extractor = new();
    private static readonly DateTimeOffset Night = new(2025, 9, 22, 21, 0, 0, TimeSpan.Zero);

    private readonly IncidentLedger _ledger = new(new IncidentClusterer());

    [Fact]
    public void Several_outlets_reporting_one_event_make_one_incident()
    {
        (string Title, string Text)[] reports =
        [
            ("Copenhagen airport shut after drone sightings, police say",
                "A spokesperson for Copenhagen Airport confirmed that the airspace over the airport had been closed due to unidentified drones."),
            ("Drones over Copenhagen shut Denmark's largest airport to air traffic for hours",
                "Two to three large unidentified drones flew over Copenhagen Airport on Monday night, shutting down the airspace for hours, police said."),
            ("Copenhagen Airport shuts down after \"large drones flying in the area\"",
                "Operations at Copenhagen Airport have been suspended after police reported drones flying near the runways."),
            ("Drones halt all flights at Kastrup", string.Empty),
        ];

        for (var i = 0; i < reports.Length; i++)
        {
            Add(reports[i].Title, reports[i].Text, Night.AddHours(i), $"https://outlet{i}.example/story");
        }

        var incident = Assert.Single(_ledger.Incidents);
        Assert.Equal(4, incident.Reports.Count);
    }

    [Fact]
    public void Two_airports_in_one_country_on_one_night_stay_two_incidents()
    {
        Add("Copenhagen airport shut after drone sightings", "Police said drones were seen over Copenhagen Airport and all flights were halted.", Night, "https://a.example/1");
        Add("Aalborg airport closed after drones spotted", "Drones were seen over Aalborg Airport in northern Denmark and flights were diverted.", Night.AddHours(2), "https://b.example/2");

        Assert.Equal(2, _ledger.Incidents.Count);
    }

    [Fact]
    public void A_balloon_and_a_drone_over_one_city_stay_two_incidents()
    {
        Add("Vilnius airport closed as balloons from Belarus enter airspace", "Operations at Vilnius airport were halted after smuggling balloons from Belarus entered Lithuanian airspace.", Night, "https://a.example/1");
        Add("Drone spotted over Vilnius airport, flights suspended", "Vilnius airport suspended flights after a drone was spotted over the airport.", Night.AddHours(1), "https://b.example/2");

        Assert.Equal(2, _ledger.Incidents.Count);
    }

    [Fact]
    public void Reports_of_one_crash_without_named_towns_merge_on_wording()
    {
        Add("Russian drone crashes in Latvia", "A Russian military drone crashed in eastern Latvia after entering from Belarus, the defence ministry said.", Night, "https://a.example/1");
        Add("A Russian military drone crashed in Latvia", "The Russian drone entered Latvian airspace from Belarus and crashed, the Latvian defence ministry said.", Night.AddHours(5), "https://b.example/2");

        Assert.Single(_ledger.Incidents);
    }

    [Fact]
    public void A_report_outside_the_window_starts_a_new_incident()
    {
        Add("Copenhagen airport shut after drone sightings", "Drones were seen over Copenhagen Airport.", Night, "https://a.example/1");
        Add("Copenhagen airport shut after drone sightings", "Drones were seen over Copenhagen Airport.", Night.AddDays(5), "https://b.example/2");

        Assert.Equal(2, _ledger.Incidents.Count);
    }

    [Fact]
    public void The_same_article_seen_again_matches_its_incident()
    {
        Add("Drones close Munich airport", "Munich airport suspended flights after drone sightings.", Night, "https://a.example/1");
        var first = _ledger.Incidents[0];

        var match = new IncidentClusterer().FindMatch(
            new ClusterCandidate(new SourceItem("test", "x", "https://a.example/1", "Unrelated wording", string.Empty, Night), "https://a.example/1", first.Reports[0].Extraction, Night.AddHours(1)),
            _ledger.Incidents);

        Assert.Same(first, match);
    }

    [Fact]
    public void The_window_is_configurable()
    {
        Assert.Equal(TimeSpan.FromHours(48), new IncidentClusterer().Window);
        Assert.Equal(TimeSpan.FromHours(36), new IncidentClusterer(TimeSpan.FromHours(36)).Window);
    }

    private void Add(string title, string text, DateTimeOffset at, string url)
    {
        var extraction = Extractor.Extract(title, text);
        Assert.True(extraction.IsIncursion, title);
        _ledger.Add(url, title, text, url, extraction, at);
    }
}
