using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Discord.Rendering;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.Rendering;

public sealed class AlertRenderingTests
{
    [Fact]
    public void A_single_alert_has_every_part_of_the_embed()
    {
        var message = AlertMessageRenderer.Render(new OutgoingAlert([Samples.Alert(42, reports: 2)], "k"));

        var embed = Assert.Single(message.Embeds);
        Assert.Equal("Drone incursion — Poland", embed.Title);
        Assert.Equal("https://news.example.com/story/42/1", embed.Url);
        Assert.Equal(Samples.Now.AddHours(-1), embed.Timestamp);
        Assert.Equal(AlertStyle.Color([Platform.Drone]), embed.Color);
        Assert.Contains("Unofficial", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.Contains("check the linked sources", embed.Footer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Countries", "Platform", "Origin", "First reported", "Reports", "Incident"], embed.Fields!.Select(f => f.Name));
        Assert.Contains("🇵🇱 Poland", embed.Fields![0].Value, StringComparison.Ordinal);
        Assert.Equal("Russia", embed.Fields[2].Value);
        Assert.Equal("2", embed.Fields[4].Value);
        Assert.Contains("[Report 1 about drones over Poland](https://news.example.com/story/42/1)", embed.Description, StringComparison.Ordinal);
        Assert.Contains("[Report 2 about drones over Poland](https://news.example.com/story/42/2)", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_platform_has_its_own_colour() =>
        Assert.Equal(PlatformNames.All.Count, PlatformNames.All.Select(p => AlertStyle.Color([p])).Distinct().Count());

    [Fact]
    public void Hostile_feed_text_is_escaped_and_never_linked_unsafely()
    {
        var incident = Samples.Incident(summary: "@everyone **BREAKING** [win](javascript:alert(1)) <@&123>", title: "[fake](https://phish.example) @here");
        var alert = AlertComposer.Compose(incident) with
        {
            Sources = [new AlertSource("[x](https://phish.example)", "javascript:alert(1)", "Evil **Outlet**", Samples.Now)],
        };

        var embed = AlertMessageRenderer.Render(new OutgoingAlert([alert], "k")).Embeds[0];

        Assert.Null(embed.Url);
        Assert.Contains(@"\@everyone \*\*BREAKING\*\*", embed.Description, StringComparison.Ordinal);
        Assert.Contains(@"\[x\]\(https\://phish\.example\)", embed.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", embed.Description, StringComparison.Ordinal);
    }

    public static TheoryData<int> GroupSizes => new() { 1, 2, 5, 10, 11, 40 };

    [Theory]
    [MemberData(nameof(GroupSizes))]
    public void Huge_alerts_stay_within_every_embed_limit(int count)
    {
        var everyCountry = Countries.All.Select(c => c.Code).ToArray();
        var alerts = Enumerable.Range(1, count).Select(i => AlertComposer.Compose(
            Samples.Incident(i, everyCountry, [.. PlatformNames.All], reports: 60, summary: string.Concat(Enumerable.Repeat("*drones* over _the_ border. ", 400)),
                title: new string('[', 500), urlBase: "https://example.com/" + new string('p', 300)))).ToArray();

        var message = AlertMessageRenderer.Render(new OutgoingAlert(alerts, "k"));

        Assert.True(EmbedLength.WithinLimits(message.Embeds), $"total {EmbedLength.Of(message.Embeds)}");
        Assert.True(message.Content.Length <= EmbedLimits.MessageContent);
        Assert.All(message.Embeds, e => Assert.True(e.Fields is null || e.Fields.All(f => f.Value.Trim().Length > 0)));
        var json = System.Text.Json.JsonSerializer.Serialize(
            new IncursionBot.Discord.Rest.MessageCreateRequest(message.Content, message.Embeds, IncursionBot.Discord.Rest.AllowedMentions.None, "k", true),
            DiscordJson.Default.MessageCreateRequest);
        Assert.Empty(FakeDiscord.Validate("#/components/schemas/MessageCreateRequest", json));
    }

    [Fact]
    public void A_group_of_up_to_ten_has_one_embed_per_incident_and_one_footer()
    {
        var alerts = Enumerable.Range(1, 6).Select(i => Samples.Alert(i)).ToArray();

        var embeds = AlertMessageRenderer.Render(new OutgoingAlert(alerts, "k")).Embeds;

        Assert.Equal(6, embeds.Count);
        Assert.Single(embeds, e => e.Footer is not null);
        Assert.Equal(embeds.Count, embeds.Where(e => e.Url is not null).Select(e => e.Url).Distinct().Count());
    }

    [Fact]
    public void A_group_over_ten_is_one_embed_with_a_line_per_incident()
    {
        var alerts = Enumerable.Range(1, 12).Select(i => Samples.Alert(i)).ToArray();

        var embed = Assert.Single(AlertMessageRenderer.Render(new OutgoingAlert(alerts, "k")).Embeds);

        Assert.Equal(12, embed.Description!.Split('\n').Length);
        Assert.All(Enumerable.Range(1, 12), i => Assert.Contains($"**#{i}**", embed.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void The_nonce_is_the_idempotency_key_or_a_hash_that_fits()
    {
        Assert.Equal("i42d7", IncursionBot.Discord.Rest.DiscordChatAdapter.Nonce("i42d7"));
        var hashed = IncursionBot.Discord.Rest.DiscordChatAdapter.Nonce(new string('k', 40));
        Assert.Equal(EmbedLimits.Nonce, hashed.Length);
        Assert.Equal(hashed, IncursionBot.Discord.Rest.DiscordChatAdapter.Nonce(new string('k', 40)));
    }
}
