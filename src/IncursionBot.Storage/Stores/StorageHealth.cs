using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>Asks the database <c>SELECT 1</c> and its schema version; the detail names the file or server, never credentials.</summary>
internal sealed class StorageHealth(StorageDatabase database) : IStorageHealth
{
    public async Task<StorageStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        try
        {
            var version = await database.ReadAsync(async (session, ct) =>
            {
                await session.ScalarAsync<int>("SELECT 1", ct);
                return await session.ScalarAsync<int?>("SELECT MAX(version) FROM schema_version", ct) ?? 0;
            }, cancellationToken);
            return new StorageStatus(true, dialect.Provider, version, $"{dialect.Target} answers");
        }
        catch (StorageException ex)
        {
            return new StorageStatus(false, dialect.Provider, 0, ex.Message);
        }
    }
}
