namespace IncursionBot.Configuration;

/// <summary>One entry of the <c>Sources</c> array.</summary>
public sealed class SourceOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary><c>rss</c> (RSS and Atom), <c>jsonfeed</c>, <c>gdelt</c> or <c>inbox</c>.</summary>
    public string Type { get; set; } = string.Empty;

    public string? Url { get; set; }

    public string? Path { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Items older than this are stored but not alerted, so adding a feed does not flood channels.</summary>
    public TimeSpan MaxItemAge { get; set; } = TimeSpan.FromDays(2);

    public bool Enabled { get; set; } = true;
}

/// <summary>The <c>Sources</c> array.</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    public List<SourceOptions> Items { get; } = [];
}
