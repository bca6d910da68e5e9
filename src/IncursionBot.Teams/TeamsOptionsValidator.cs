using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams;

/// <summary>Checks the <c>Teams</c> section at start; every message names the key to fix and never repeats a secret.</summary>
internal sealed partial class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var errors = new List<string>();
        var hasId = !string.IsNullOrWhiteSpace(options.AppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.AppPassword);
        if (hasId != hasPassword)
        {
            errors.Add(hasId
                ? "Teams:AppPassword is required when Teams:AppId is set (or clear Teams:AppId to turn the Teams bot off)."
                : "Teams:AppId is required when Teams:AppPassword is set (or clear Teams:AppPassword to turn the Teams bot off).");
        }

        if (options.BotEnabled)
        {
            ValidateBot(options, errors);
        }

        foreach (var (webhookName, url) in options.Webhooks)
        {
            ValidateWebhook(webhookName, url, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateBot(TeamsOptions options, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            errors.Add("Teams:TenantId must not be empty: use 'botframework.com' (multi-tenant) or your tenant's GUID.");
        }

        if (!UrlRules.TryParseEndpoint(options.OpenIdMetadataUrl, out _))
        {
            errors.Add("Teams:OpenIdMetadataUrl must be an absolute https URL (default https://login.botframework.com/v1/.well-known/openidconfiguration).");
        }

        if (!UrlRules.TryParseEndpoint(options.EffectiveTokenEndpoint, out _))
        {
            errors.Add("Teams:TokenEndpoint must be an absolute https URL, or empty for https://login.microsoftonline.com/{Teams:TenantId}/oauth2/v2.0/token.");
        }

        foreach (var host in options.AllowedServiceUrlHosts)
        {
            if (!HostPattern().IsMatch(host ?? string.Empty))
            {
                errors.Add($"Teams:AllowedServiceUrlHosts entry '{host}' must be a host name such as 'smba.trafficmanager.net' or '*.example.com', without scheme or path.");
            }
        }

        if (options.SubscriptionManagers.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("Teams:SubscriptionManagers entries must be AAD object ids; remove the empty entry.");
        }
    }

    private static void ValidateWebhook(string name, string? url, List<string> errors)
    {
        if (!WebhookName().IsMatch(name))
        {
            errors.Add($"Teams:Webhooks key '{name}' must use only letters, digits, '-' and '_'.");
            return;
        }

        if (!UrlRules.TryParseEndpoint(url, out var uri))
        {
            errors.Add($"Teams:Webhooks:{name} must be an absolute https URL of a Workflows webhook trigger.");
        }
        else if (uri.Host.EndsWith("webhook.office.com", StringComparison.OrdinalIgnoreCase))
        {
            // Office 365 connectors are retired (reference notes §8); a URL of theirs would fail on every alert.
            errors.Add($"Teams:Webhooks:{name} points at a retired Office 365 connector; create a Workflows webhook and use its URL.");
        }
    }

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$")]
    private static partial Regex HostPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex WebhookName();
}
