using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncursionBot.Core.Ports;
using IncursionBot.Teams.Connector;
using IncursionBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>
/// The real Teams adapter (AddTeams + MapTeams) in a Kestrel host on 127.0.0.1, wired to a <see cref="FakeBotFramework"/>,
/// in-memory stores and a fake clock.
/// </summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    public const string AppId = "9f1c6d2e-4b7a-4c1e-9a55-2f0d3c1b7e01";
    public const string AppPassword = "app-password-Zq8~very-secret";
    public const string BotId = "28:" + AppId;

    private readonly WebApplication _app;

    private TeamsTestHost(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
        Time = (FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>();
        State = (InMemoryAdapterStateStore)app.Services.GetRequiredService<IAdapterStateStore>();
        Subscriptions = (InMemorySubscriptionStore)app.Services.GetRequiredService<ISubscriptionStore>();
        Incidents = (InMemoryIncidentStore)app.Services.GetRequiredService<IIncidentStore>();
        Logs = app.Services.GetRequiredService<CapturingLoggerProvider>();
    }

    public FakeTimeProvider Time { get; }

    public InMemoryAdapterStateStore State { get; }

    public InMemorySubscriptionStore Subscriptions { get; }

    public InMemoryIncidentStore Incidents { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static Dictionary<string, string?> BotSettings(FakeBotFramework fake) => new()
    {
        ["Teams:AppId"] = AppId,
        ["Teams:AppPassword"] = AppPassword,
        ["Teams:OpenIdMetadataUrl"] = fake.MetadataUrl,
        ["Teams:TokenEndpoint"] = fake.TokenUrl,
        ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
    };

    public static async Task<TeamsTestHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        builder.Services.AddSingleton<IAdapterStateStore>(new InMemoryAdapterStateStore());
        builder.Services.AddSingleton<ISubscriptionStore>(new InMemorySubscriptionStore());
        builder.Services.AddSingleton<IIncidentStore>(new InMemoryIncidentStore());
        builder.Services.AddSingleton(new RetryPolicy(4, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500)));
        builder.Services.AddTeams(builder.Configuration);
        var app = builder.Build();
        app.MapTeams();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TeamsTestHost(app, new Uri(address));
    }

    public string Token(TestSigningKey key, string serviceUrl, Func<TokenSpec, TokenSpec>? tweak = null)
    {
        var spec = new TokenSpec(ConnectorTokens.Rs256(key), AppId, serviceUrl, Time.GetUtcNow());
        return ConnectorTokens.Create(tweak is null ? spec : tweak(spec));
    }

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
