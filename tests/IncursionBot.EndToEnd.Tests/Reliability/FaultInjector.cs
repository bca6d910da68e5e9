namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>What the fake Discord does with one message send instead of answering normally.</summary>
public enum Fault
{
    None,

    /// <summary>500 before anything is created.</summary>
    ServerError,

    /// <summary>429 with <c>Retry-After</c> and Discord's JSON body, before anything is created.</summary>
    RateLimited,

    /// <summary>No answer until the client gives up (nothing created).</summary>
    Hang,

    /// <summary>The message is created, then no answer until the client gives up: only the nonce can prevent a duplicate.</summary>
    ReplyLost,
}

/// <summary>Seeded choice of faults for the fake Discord's message sends (create and edit).</summary>
public sealed class FaultInjector(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    /// <summary>Fraction of sends that get a fault; 0 turns faults off.</summary>
    public double Rate { get; set; } = 0.2;

    /// <summary>Relative weights of the fault kinds, in the order 500, 429, hang, reply lost.</summary>
    public (double ServerError, double RateLimited, double Hang, double ReplyLost) Weights { get; set; } = (4, 4, 1, 1);

    /// <summary>The <c>retry_after</c> of an injected 429, in seconds.</summary>
    public double RetryAfterSeconds { get; set; } = 0.3;

    /// <summary>A hang ends by itself after this if the client never gives up.</summary>
    public TimeSpan HangLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>When set, every send gets this fault (an outage), whatever <see cref="Rate"/> says.</summary>
    public Fault? Forced { get; set; }

    public Fault Next()
    {
        lock (_gate)
        {
            if (Forced is { } forced)
            {
                return forced;
            }

            if (_random.NextDouble() >= Rate)
            {
                return Fault.None;
            }

            var (serverError, rateLimited, hang, replyLost) = Weights;
            var pick = _random.NextDouble() * (serverError + rateLimited + hang + replyLost);
            return pick < serverError ? Fault.ServerError
                : pick < serverError + rateLimited ? Fault.RateLimited
                : pick < serverError + rateLimited + hang ? Fault.Hang
                : Fault.ReplyLost;
        }
    }
}
