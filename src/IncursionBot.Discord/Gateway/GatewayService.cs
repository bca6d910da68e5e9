using IncursionBot.Core.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Gateway;

/// <summary>
/// Keeps one Gateway connection alive to receive interactions: resumes through <c>resume_gateway_url</c> when it
/// can, identifies anew within the identify budget when it must, backs off exponentially (with jitter) while
/// connections fail, and stops for good on the fatal close codes. When several bot instances share a database,
/// only the one holding the <see cref="LockName"/> instance lock connects; the others stand by and take over when
/// it dies, because Discord delivers each interaction to one connection and answering twice is an error.
/// </summary>
internal sealed partial class GatewayService(
    IdentifyBudget budget,
    GatewayInteractionHandler interactions,
    DiscordState state,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayService> logger,
    IInstanceLock? instanceLock = null) : BackgroundService
{
    public const string LockName = "discord-gateway";

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private const int MaxResumeFailures = 3;

    private readonly GatewaySession _session = new();
    private readonly Random _random = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var held = await HoldGatewayLockAsync(stoppingToken);
            await KeepConnectedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            state.SetGateway("stopped", "shutting down");
        }
    }

    private async Task<IAsyncDisposable?> HoldGatewayLockAsync(CancellationToken stoppingToken)
    {
        if (instanceLock is null)
        {
            return null;
        }

        var announced = false;
        while (true)
        {
            try
            {
                if (await instanceLock.TryAcquireAsync(LockName, stoppingToken) is { } held)
                {
                    return held;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLockFailed(ex);
            }

            if (!announced)
            {
                state.SetGateway("standby", "another instance holds the gateway connection");
                LogStandby(options.Value.GatewayStandbyRetry);
                announced = true;
            }

            await Task.Delay(options.Value.GatewayStandbyRetry, time, stoppingToken);
        }
    }

    private async Task KeepConnectedAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var exit = await TryConnectOnceAsync(stoppingToken);
            if (exit.Next == GatewayNext.Stop)
            {
                state.SetGateway("stopped", exit.Detail, fatal: true);
                LogStopped(exit.Detail);
                return;
            }

            failures = exit.Established ? 0 : failures + 1;
            if (exit.Next == GatewayNext.Identify || failures >= MaxResumeFailures)
            {
                // A session that keeps failing to resume has probably expired on Discord's side.
                _session.Clear();
            }

            var delay = Backoff(failures, exit.Next);
            state.SetGateway("reconnecting", exit.Detail);
            LogReconnecting(exit.Detail, delay);
            await Task.Delay(delay, time, stoppingToken);
        }
    }

    private async Task<GatewayExit> TryConnectOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await ConnectOnceAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Whatever went wrong with this connection, the service must live on and try again.
            LogConnectionFailed(ex);
            return new GatewayExit(GatewayNext.Resume, $"connection failed: {ex.GetType().Name}", Established: false);
        }
    }

    private async Task<GatewayExit> ConnectOnceAsync(CancellationToken stoppingToken)
    {
        Uri url;
        if (_session.CanResume)
        {
            url = _session.ResumeUrl!;
        }
        else
        {
            state.SetGateway("connecting");
            IdentifyPermit? permit;
            try
            {
                permit = await budget.AcquireAsync(stoppingToken);
            }
            catch (HttpRequestException ex)
            {
                return new GatewayExit(GatewayNext.Identify, $"Discord could not be reached: {ex.Message}", Established: false);
            }
            catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return new GatewayExit(GatewayNext.Identify, "GET /gateway/bot timed out", Established: false);
            }

            if (state.TokenRevoked is { } revoked)
            {
                return new GatewayExit(GatewayNext.Stop, revoked.Detail, Established: false);
            }

            if (permit is null)
            {
                return new GatewayExit(GatewayNext.Identify, "no gateway URL from GET /gateway/bot", Established: false);
            }

            url = permit.GatewayUrl;
        }

        var token = options.Value.Token;
        var connection = new GatewayConnection(_session, token, interactions.HandleAsync, state, time, logger);
        var exit = await connection.RunAsync(url, stoppingToken);
        if (exit.Next == GatewayNext.Stop && exit.Detail.Contains("4004", StringComparison.Ordinal))
        {
            state.RevokeToken("the gateway refused the bot token (4004); fix Discord:BotToken and restart");
        }

        return exit;
    }

    private TimeSpan Backoff(int failures, GatewayNext next)
    {
        if (failures == 0)
        {
            // Discord's 2022 docs ask for a random 1–5 s before identifying after an invalid session.
            return next == GatewayNext.Identify ? TimeSpan.FromSeconds(1 + _random.NextDouble() * 4) : TimeSpan.FromMilliseconds(_random.Next(0, 500));
        }

        var exponential = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures - 1, 6)));
        var capped = exponential < MaxBackoff ? exponential : MaxBackoff;
        return capped * (0.5 + _random.NextDouble() / 2);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance holds the Discord gateway connection; standing by and checking every {Retry}")]
    private partial void LogStandby(TimeSpan retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the Discord gateway instance lock; trying again")]
    private partial void LogLockFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord gateway connection failed unexpectedly")]
    private partial void LogConnectionFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway connection ended ({Detail}); reconnecting in {Delay}")]
    private partial void LogReconnecting(string detail, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord gateway stopped for good: {Detail}. Slash commands over the gateway are unavailable until this is fixed and the bot restarts")]
    private partial void LogStopped(string detail);
}
