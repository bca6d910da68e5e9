using System.Text.Json;
using IncursionBot.Teams.Commands;
using IncursionBot.Teams.Connector;

namespace IncursionBot.Teams.Tests.Commands;

public sealed class CommandParsingTests
{
    [Theory]
    [InlineData("North Macedonia drone 7", "North Macedonia", "drone", 7)]
    [InlineData("drone United Kingdom", "United Kingdom", "drone", null)]
    [InlineData("PL fighter jet 30 days", "PL", "fighter_jet", 30)]
    [InlineData("Estonia military aircraft other", "Estonia", "military_aircraft_other", null)]
    [InlineData("any balloon 14d", "*", "balloon", 14)]
    [InlineData("* *", "*", "*", null)]
    [InlineData("3", null, null, 3)]
    [InlineData("", null, null, null)]
    public void Filters_come_in_any_order_with_multi_word_names(string text, string? country, string? platform, int? days)
    {
        var filters = CommandParser.Filters(CommandParser.Parse("incidents " + text).Arguments, allowDays: true);

        Assert.Equal(new FilterArguments(country, platform, days), filters);
    }

    [Fact]
    public void The_verb_is_case_insensitive_and_a_leading_slash_is_tolerated()
    {
        var parsed = CommandParser.Parse("/Subscribe  Poland   Drone");

        Assert.Equal("subscribe", parsed.Verb);
        Assert.Equal(["Poland", "Drone"], parsed.Arguments);
    }

    [Fact]
    public void The_bots_own_mention_is_stripped_through_entities_and_html_decoded()
    {
        var activity = Activity("""
            {"type":"message","text":"<at>Incursion&nbsp;Bot</at>&nbsp;incidents <at>Alice</at> Poland &amp; more",
             "recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"Incursion Bot"},"text":"<at>Incursion&nbsp;Bot</at>"},
                         {"type":"mention","mentioned":{"id":"29:alice","name":"Alice"},"text":"<at>Alice</at>"}]}
            """);

        Assert.Equal("incidents Alice Poland & more", CommandText.Normalize(activity));
    }

    [Fact]
    public void Without_a_mention_entity_the_text_is_kept()
    {
        var activity = Activity("""{"type":"message","text":"  help\n","recipient":{"id":"28:bot"}}""");

        Assert.Equal("help", CommandText.Normalize(activity));
    }

    private static Activity Activity(string json) => JsonSerializer.Deserialize(json, TeamsJsonContext.Default.Activity)!;
}
