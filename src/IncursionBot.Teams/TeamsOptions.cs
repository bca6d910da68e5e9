namespace IncursionBot.Teams;

/// <summary>
/// The <c>Teams</c> configuration section. Bot mode needs <see cref="AppId"/> and <see cref="AppPassword"/>;
/// webhook mode needs entries in <see cref="Webhooks"/>. Either may be on without the other.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    public const string DefaultTenantId = "botframework.com";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where the Connector's service URLs live (reference notes §4): Teams' public and government clouds.</summary>
    public static IReadOnlyList<string> DefaultAllowedServiceUrlHosts { get; } =
    [
        "smba.trafficmanager.net",
        "*.smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "*.botframework.com",
    ];

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The app's client secret; a secret, never logged.</summary>
    public string AppPassword { get; set; } = string.Empty;

    /// <summary>The outbound token authority: <c>botframework.com</c> (multi-tenant) or the single-tenant GUID.</summary>
    public string TenantId { get; set; } = DefaultTenantId;

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Empty means <c>https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token</c>.</summary>
    public string TokenEndpoint { get; set; } = string.Empty;

    /// <summary>Hosts (<c>name</c> or <c>*.suffix</c>) the bot's token may be sent to; empty means the defaults.</summary>
    public string[] AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>AAD object ids allowed to change a conversation's subscriptions; empty means any member.</summary>
    public string[] SubscriptionManagers { get; set; } = [];

    /// <summary>Named Workflows webhook URLs (secrets): channel <c>teams:webhook:NAME</c>.</summary>
    public Dictionary<string, string> Webhooks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the <c>teams-manifest</c> verb writes into the app package.</summary>
    public TeamsManifestOptions Manifest { get; set; } = new();

    public bool BotEnabled => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppPassword);

    public bool WebhooksEnabled => Webhooks.Count > 0;

    public IReadOnlyList<string> EffectiveAllowedServiceUrlHosts =>
        AllowedServiceUrlHosts.Length == 0 ? DefaultAllowedServiceUrlHosts : AllowedServiceUrlHosts;

    public string EffectiveTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{Uri.EscapeDataString(TenantId.Trim())}/oauth2/v2.0/token"
        : TokenEndpoint.Trim();
}

/// <summary>The <c>Teams:Manifest</c> section: identity and links of the installable app package.</summary>
public sealed class TeamsManifestOptions
{
    /// <summary>The app package id (a GUID); empty means the bot's <see cref="TeamsOptions.AppId"/>.</summary>
    public string AppPackageId { get; set; } = string.Empty;

    /// <summary>Semantic version of the package; raise it on every manifest change.</summary>
    public string Version { get; set; } = "1.0.0";

    public string DeveloperName { get; set; } = "IncursionBot operators";

    /// <summary>The operator's support page (https); required by Teams, so the writer refuses an empty one.</summary>
    public string WebsiteUrl { get; set; } = string.Empty;

    /// <summary>Empty means <see cref="WebsiteUrl"/>.</summary>
    public string PrivacyUrl { get; set; } = string.Empty;

    /// <summary>Empty means <see cref="WebsiteUrl"/>.</summary>
    public string TermsOfUseUrl { get; set; } = string.Empty;

    public string AccentColor { get; set; } = "#1F3A5F";
}
