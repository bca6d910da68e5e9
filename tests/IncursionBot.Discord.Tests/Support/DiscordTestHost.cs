using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IncursionBot.Core.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Discord.Tests.Support;

/// <summary>
/// The bot's Discord side in a real host (Kestrel on loopback): <c>AddDiscord</c> + <c>MapDiscord</c>, in-memory
/// stores, captured logs, and <c>Discord:ApiBaseUrl</c> pointing at a <see cref="FakeDiscord"/>.
/// </summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DiscordTestHost(WebApplication app, Uri baseAddress, CapturingLoggerProvider logs)
    {
        _app = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public InMemoryIncidentStore Incidents => Services.GetRequiredService<InMemoryIncidentStore>();

    public InMemorySubscriptionStore Subscriptions => Services.GetRequiredService<InMemorySubscriptionStore>();

    public IChatAdapter Adapter => Services.GetServices<IChatAdapter>().Single(a => a.Platform == "discord");

    public static Dictionary<string, string?> Settings(FakeDiscord? fake) => new()
    {
        ["Discord:BotToken"] = FakeDiscord.Token,
        ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
        ["Discord:PublicKey"] = TestSigner.PublicKeyHex,
        ["Discord:ApiBaseUrl"] = fake?.ApiBaseUrl ?? "http://127.0.0.1:9/api/v10",
        ["Discord:GatewayEnabled"] = "false",
        ["Discord:RegisterCommands"] = "false",
    };

    public static async Task<DiscordTestHost> StartAsync(
        FakeDiscord? fake, Action<Dictionary<string, string?>>? configure = null, TimeProvider? time = null, IInstanceLock? instanceLock = null)
    {
        var settings = Settings(fake);
        configure?.Invoke(settings);
        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddSingleton<InMemoryIncidentStore>();
        builder.Services.AddSingleton<IIncidentStore>(p => p.GetRequiredService<InMemoryIncidentStore>());
        builder.Services.AddSingleton<InMemorySubscriptionStore>();
        builder.Services.AddSingleton<ISubscriptionStore>(p => p.GetRequiredService<InMemorySubscriptionStore>());
        if (instanceLock is not null)
        {
            builder.Services.AddSingleton(instanceLock);
        }

        builder.Services.AddDiscord(builder.Configuration);
        var app = builder.Build();
        app.MapDiscord();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordTestHost(app, new Uri(address), logs);
    }

    /// <summary>Posts an interaction signed with the test key (at <paramref name="signedAt"/>, default now).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body, DateTimeOffset? signedAt = null)
    {
        var timestamp = TestSigner.Timestamp(signedAt ?? DateTimeOffset.UtcNow);
        return PostAsync(body, TestSigner.Sign(timestamp, body), timestamp);
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? signature, string? timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Posts a signed interaction and returns the status and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Json, string Text)> InteractAsync(string body)
    {
        using var response = await PostSignedAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null, text);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
