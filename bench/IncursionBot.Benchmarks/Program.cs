using BenchmarkDotNet.Running;

namespace IncursionBot.Benchmarks;

/// <summary>Runs the suites: <c>dotnet run -c Release --project bench/IncursionBot.Benchmarks -- --filter '*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
