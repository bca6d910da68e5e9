using IncursionBot.Discord.Rendering;

namespace IncursionBot.Discord.Tests.Rendering;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("**bold** _it_ ~~x~~ `code` ||spoiler||", @"\*\*bold\*\* \_it\_ \~\~x\~\~ \`code\` \|\|spoiler\|\|")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("@everyone <@123> <#456>", @"\@everyone \<\@123\> \<\#456\>")]
    [InlineData("[click](https://evil.example)", @"\[click\]\(https\://evil\.example\)")]
    [InlineData("back\\slash", @"back\\slash")]
    public void Escapes_markdown_and_mentions(string input, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(input));

    [Fact]
    public void Collapses_line_breaks_so_feed_text_cannot_start_new_blocks() =>
        Assert.Equal(@"one two \- three", DiscordMarkdown.Escape("one\r\n\n two\n- three\u2028"));

    [Fact]
    public void Truncation_never_splits_an_escape_or_a_surrogate_pair()
    {
        var escaped = DiscordMarkdown.Escape(string.Concat(Enumerable.Repeat("*🇵🇱", 50)), 21);

        Assert.True(escaped.Length <= 21);
        Assert.EndsWith("…", escaped, StringComparison.Ordinal);
        Assert.False(escaped.TrimEnd('…').EndsWith('\\'));
        Assert.False(char.IsHighSurrogate(escaped[^2]));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/file")]
    [InlineData("data:text/html,hi")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public void Only_http_and_https_URLs_are_linked(string url)
    {
        Assert.Null(DiscordMarkdown.SafeUrl(url));
        Assert.Equal(@"Title", DiscordMarkdown.Link("Title", url, 50));
    }

    [Fact]
    public void Links_escape_their_label_and_encode_parentheses()
    {
        var link = DiscordMarkdown.Link("Drones [over] Poland", "https://example.com/a_(b)", 100);

        Assert.Equal(@"[Drones \[over\] Poland](https://example.com/a_%28b%29)", link);
    }
}
