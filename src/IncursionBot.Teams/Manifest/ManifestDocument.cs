using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncursionBot.Teams.Cards;

namespace IncursionBot.Teams.Manifest;

/// <summary>
/// The app manifest (schema 1.17) for the bot: identity, links, icons and the command lists Teams shows in
/// personal chats, teams and group chats (the mobile client needs them to offer the bot at all).
/// </summary>
internal static partial class ManifestDocument
{
    public const string ManifestVersion = "1.17";

    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    public static JsonObject Build(TeamsOptions options)
    {
        var manifest = options.Manifest;
        var botId = Require(options.AppId, Guid(), "Teams:AppId must be the bot's Microsoft App ID (a GUID) to build the app package.");
        var packageId = string.IsNullOrWhiteSpace(manifest.AppPackageId)
            ? botId
            : Require(manifest.AppPackageId, Guid(), "Teams:Manifest:AppPackageId must be a GUID (or empty to use Teams:AppId).");
        var website = Require(manifest.WebsiteUrl, Https(), "Teams:Manifest:WebsiteUrl must be the https URL of your support page.");
        var privacy = Require(Or(manifest.PrivacyUrl, website), Https(), "Teams:Manifest:PrivacyUrl must be an https URL.");
        var terms = Require(Or(manifest.TermsOfUseUrl, website), Https(), "Teams:Manifest:TermsOfUseUrl must be an https URL.");
        var version = Require(manifest.Version, Semver(), "Teams:Manifest:Version must be a version such as 1.0.0.");
        var accent = Require(manifest.AccentColor, HexColor(), "Teams:Manifest:AccentColor must be a colour such as #1F3A5F.");
        var developer = Require(manifest.DeveloperName, NonEmpty(), "Teams:Manifest:DeveloperName must be 1 to 32 characters.");

        return new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = ManifestVersion,
            ["version"] = version,
            ["id"] = packageId,
            ["developer"] = new JsonObject
            {
                ["name"] = developer,
                ["websiteUrl"] = website,
                ["privacyUrl"] = privacy,
                ["termsOfUseUrl"] = terms,
            },
            ["name"] = new JsonObject { ["short"] = "IncursionBot", ["full"] = "IncursionBot airspace-incursion alerts" },
            ["description"] = new JsonObject
            {
                ["short"] = "Alerts on drone, jet and balloon incursions into NATO/EU airspace",
                ["full"] = "IncursionBot watches news feeds for drones, fighter jets, balloons and missiles entering NATO and EU "
                    + "airspace, merges reports of the same event, and posts an alert card with links to the original reports "
                    + "to the conversations that subscribed. Ask it for recent incidents, one incident's details, or manage this "
                    + "conversation's subscriptions by country and platform.",
            },
            ["icons"] = new JsonObject { ["color"] = TeamsManifestWriter.ColorIcon, ["outline"] = TeamsManifestWriter.OutlineIcon },
            ["accentColor"] = accent,
            ["bots"] = new JsonArray(Bot(botId)),
            ["validDomains"] = new JsonArray(new Uri(website).Host),
        };
    }

    private static JsonObject Bot(string botId) => new()
    {
        ["botId"] = botId,
        ["scopes"] = new JsonArray([.. Scopes.Select(s => (JsonNode)s)]),
        ["isNotificationOnly"] = false,
        ["supportsFiles"] = false,
        ["commandLists"] = new JsonArray([.. Scopes.Select(scope => (JsonNode)new JsonObject
        {
            ["scopes"] = new JsonArray(scope),
            ["commands"] = new JsonArray([.. CommandCardRenderer.Commands.Select(c => (JsonNode)new JsonObject
            {
                ["title"] = c.Command,
                ["description"] = c.Description,
            })]),
        })]),
    };

    private static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static string Require(string? value, Regex pattern, string message) =>
        value is not null && pattern.IsMatch(value.Trim()) ? value.Trim() : throw new InvalidOperationException(message);

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();

    [GeneratedRegex("^https://[^/?#\\s]+(/\\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Https();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex Semver();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex("^.{1,32}$")]
    private static partial Regex NonEmpty();
}
