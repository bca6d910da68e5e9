namespace IncursionBot.Core.Ports;

/// <summary>Whether the database answers, for <c>/healthz</c>.</summary>
public interface IStorageHealth
{
    Task<StorageStatus> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>The database as <c>/healthz</c> reports it. <see cref="Detail"/> never contains credentials.</summary>
public sealed record StorageStatus(bool Healthy, string Provider, int SchemaVersion, string Detail);
