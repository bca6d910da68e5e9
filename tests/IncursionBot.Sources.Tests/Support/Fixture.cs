using IncursionBot.Sources.Http;

namespace IncursionBot.Sources.Tests.Support;

/// <summary>Fixture documents copied beside the test assembly.</summary>
internal static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The fixture as if fetched from <paramref name="url"/>.</summary>
    public static FetchedDocument Document(string name, string url = "https://feeds.example.org/feed.xml", string? mediaType = null, string? charSet = null) =>
        new(Bytes(name), mediaType, charSet, new Uri(url));

    public static FetchedDocument FromText(string text, string url = "https://feeds.example.org/feed.xml", string? mediaType = null) =>
        new(System.Text.Encoding.UTF8.GetBytes(text), mediaType, null, new Uri(url));
}
