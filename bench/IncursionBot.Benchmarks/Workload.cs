using System.Text.Json;

namespace IncursionBot.Benchmarks;

/// <summary>The evaluation items (title and lead) and the five full-length sample articles, embedded in this assembly.</summary>
public static class Workload
{
    public static IReadOnlyList<(string Title, string Text)> Items { get; } = LoadItems();

    public static IReadOnlyList<(string Title, string Text)> Articles { get; } = LoadArticles();

    private static (string Title, string Text)[] LoadItems()
    {
        using var reader = new StreamReader(Resource("items.jsonl"));
        var items = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var item = JsonDocument.Parse(line).RootElement;
            items.Add((item.GetProperty("title").GetString()!, item.GetProperty("text").GetString()!));
        }

        return [.. items];
    }

    private static (string Title, string Text)[] LoadArticles() => typeof(Workload).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("sample-", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(n =>
        {
            using var reader = new StreamReader(Resource(n));
            var lines = reader.ReadToEnd().Split('\n');
            var title = Array.FindIndex(lines, l => l.Trim().Length > 0);
            return (lines[title].Trim(), string.Join('\n', lines.Skip(title + 1)));
        })
        .ToArray();

    private static Stream Resource(string name) =>
        typeof(Workload).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}");
}
