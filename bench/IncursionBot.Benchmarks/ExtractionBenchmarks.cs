using BenchmarkDotNet.Attributes;
using IncursionBot.Core.Extraction;

namespace IncursionBot.Benchmarks;

/// <summary>
/// Extraction throughput. Each benchmark extracts a whole workload per invocation and declares its size, so the
/// reported mean is the time per item; items per second is its inverse.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int FeedItemCount = 193;
    private const int ArticleCount = 5;

    private readonly GazetteerExtractor _extractor = new();
    private readonly IReadOnlyList<(string Title, string Text)> _items = Workload.Items;
    private readonly IReadOnlyList<(string Title, string Text)> _articles = Workload.Articles;

    /// <summary>The 193 evaluation items: a title and a lead paragraph or two, as feeds deliver them.</summary>
    [Benchmark(OperationsPerInvoke = FeedItemCount)]
    public int FeedItems() => Run(_items);

    /// <summary>The five sample articles, 2–9 KB of text each.</summary>
    [Benchmark(OperationsPerInvoke = ArticleCount)]
    public int FullArticles() => Run(_articles);

    [GlobalSetup]
    public void CheckWorkload()
    {
        // OperationsPerInvoke must be a constant; fail loudly rather than report a wrong per-item time.
        if (_items.Count != FeedItemCount || _articles.Count != ArticleCount)
        {
            throw new InvalidOperationException($"Workload has {_items.Count} items and {_articles.Count} articles; update the constants.");
        }
    }

    private int Run(IReadOnlyList<(string Title, string Text)> items)
    {
        var incursions = 0;
        foreach (var (title, text) in items)
        {
            incursions += _extractor.Extract(title, text).IsIncursion ? 1 : 0;
        }

        return incursions;
    }
}
