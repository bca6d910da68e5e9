using System.Threading.Channels;

namespace IncursionBot.Teams.Inbound;

/// <summary>Commands accepted by <c>/api/messages</c> and waiting to be answered, so the endpoint can acknowledge at once.</summary>
internal sealed class TeamsTurnQueue
{
    /// <summary>Beyond this backlog the endpoint answers 503 and the Connector retries later.</summary>
    public const int Capacity = 1000;

    private readonly Channel<TeamsTurn> _channel = Channel.CreateBounded<TeamsTurn>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false, SingleWriter = false });

    public bool TryEnqueue(TeamsTurn turn) => _channel.Writer.TryWrite(turn);

    public IAsyncEnumerable<TeamsTurn> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
