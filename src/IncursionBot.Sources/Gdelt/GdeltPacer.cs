using IncursionBot.Sources.Http;
using Microsoft.Extensions.Options;

namespace IncursionBot.Sources.Gdelt;

/// <summary>
/// One queue for every GDELT request in the process: GDELT allows one request per 5 seconds per IP, whatever
/// query it carries, so all GDELT sources share this pacer. Each caller reserves the next free slot, then waits.
/// </summary>
internal sealed class GdeltPacer(TimeProvider time, IOptions<SourceHttpOptions> options)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>The clock slots are measured on, for callers that wait for one.</summary>
    public TimeProvider Time => time;

    /// <summary>Reserves the next request slot and returns how long from now the caller must wait for it.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var slot = _next > now ? _next : now;
            _next = slot + options.Value.GdeltMinimumInterval;
            return slot - now;
        }
    }

    /// <summary>Pushes every later request back after GDELT has refused one for going too fast.</summary>
    public void Backoff(TimeSpan wait)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + wait;
            _next = until > _next ? until : _next;
        }
    }
}
