using Microsoft.Extensions.Options;

namespace IncursionBot.Teams.Connector;

/// <summary>
/// The hosts the bot's token may travel to (<c>Teams:AllowedServiceUrlHosts</c>): a service URL from an activity is
/// trusted only when its host is listed (<c>name</c> exactly, <c>*.suffix</c> for subdomains) and it uses https
/// (plain http only on loopback).
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<TeamsOptions> options)
{
    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri uri) =>
        UrlRules.IsSecureOrLoopback(uri)
        && string.IsNullOrEmpty(uri.UserInfo)
        && options.Value.EffectiveAllowedServiceUrlHosts.Any(pattern => Matches(pattern.Trim(), uri.IdnHost));

    private static bool Matches(string pattern, string host) => pattern.StartsWith("*.", StringComparison.Ordinal)
        ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
        : host.Equals(pattern, StringComparison.OrdinalIgnoreCase);
}
