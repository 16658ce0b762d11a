namespace Layanan.Bench;

/// <summary>Progress lines go to standard error, so standard output holds only the results.</summary>
public static class Progress
{
    public static void Write(string message) =>
        Console.Error.WriteLine($"[{BenchClock.NowMs / 1000,6:0.0}s] {message}");
}
