using Microsoft.Data.Sqlite;

namespace Layanan.Bench;

/// <summary>Deletes a scenario's temporary database folder once its pooled SQLite connections are closed.</summary>
public static class SqliteCleanup
{
    public static void DeleteDirectory(string directory)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"Could not delete the temporary folder {directory}: {exception.Message}");
        }
    }
}
