namespace IncursionBot.Storage.Sqlite;

/// <summary>Creates the database's folder and proves it writable, so a bad path fails at start with the path named.</summary>
internal static class SqliteFolder
{
    public static void Ensure(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StorageException(
                $"Cannot create the folder '{folder}' for the SQLite database '{databasePath}': {ex.Message} "
                + "Check Storage:ConnectionString and that this process may create that folder.", ex);
        }

        try
        {
            // SQLite also creates -wal and -shm files next to the database, so the folder itself must be writable.
            var probe = Path.Combine(folder, $".incursionbot-write-test-{Guid.NewGuid():N}");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(
                $"The folder '{folder}' of the SQLite database '{databasePath}' is not writable: {ex.Message} "
                + "Give this process write access to it, or point Storage:ConnectionString elsewhere.", ex);
        }
    }
}
