using System.Text;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Sources.Inbox;
using IncursionBot.Sources.Tests.Support;
using IncursionBot.Testing;

namespace IncursionBot.Sources.Tests.Inbox;

public sealed class InboxSourceTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "incursionbot-inbox-" + Guid.NewGuid().ToString("N"));
    private readonly Microsoft.Extensions.DependencyInjection.ServiceProvider _services;
    private readonly IIncidentSource _source;

    public InboxSourceTests()
    {
        _services = TestServices.Build(_clock);
        _source = _services.CreateSource("inbox", path: _root);
    }

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Drop(string name, string content, TimeSpan? age = null) => Drop(name, Encoding.UTF8.GetBytes(content), age);

    private string Drop(string name, byte[] content, TimeSpan? age = null)
    {
        Directory.CreateDirectory(_root);
        var path = Path.Combine(_root, name);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, (_clock.GetUtcNow() - (age ?? TimeSpan.FromMinutes(1))).UtcDateTime);
        return path;
    }

    private Task<SourcePollResult> PollAsync() => _source.PollAsync(SourceCursor.Empty, CancellationToken.None);

    [Fact]
    public async Task Creates_the_folder_with_processed_and_failed_inside()
    {
        var result = await PollAsync();

        Assert.Equal(SourcePollStatus.Fetched, result.Status);
        Assert.Empty(result.Items);
        Assert.True(Directory.Exists(Path.Combine(_root, "processed")));
        Assert.True(Directory.Exists(Path.Combine(_root, "failed")));
    }

    [Fact]
    public async Task A_text_file_is_title_then_text_with_its_mtime_as_published()
    {
        Drop("report.txt", "\n  Drones over Rzeszów airport  \nPolish army confirms\n\nseveral objects.\n", TimeSpan.FromMinutes(5));

        var item = Assert.Single((await PollAsync()).Items);

        Assert.Equal("Drones over Rzeszów airport", item.Title);
        Assert.Equal("Polish army confirms\n\nseveral objects.", item.Text);
        Assert.Matches("^report\\.txt:[0-9a-f]{16}$", item.ItemId);
        Assert.Equal(_clock.GetUtcNow() - TimeSpan.FromMinutes(5), item.PublishedAt);
        Assert.Null(item.Url);
        Assert.Equal("test-source", item.SourceName);
    }

    [Fact]
    public async Task The_id_changes_with_the_content()
    {
        Drop("a.txt", "Title\nfirst version");
        var first = Assert.Single((await PollAsync()).Items).ItemId;
        Drop("a.txt", "Title\nsecond version");
        var second = Assert.Single((await PollAsync()).Items).ItemId;

        Assert.NotEqual(first, second);
        Assert.StartsWith("a.txt:", second);
    }

    [Fact]
    public async Task A_markdown_heading_loses_its_hashes()
    {
        Drop("note.md", "## Balloons close Vilnius airport\n\nSecond closure this week.");

        var item = Assert.Single((await PollAsync()).Items);

        Assert.Equal("Balloons close Vilnius airport", item.Title);
        Assert.Equal("Second closure this week.", item.Text);
    }

    [Fact]
    public async Task A_json_object_and_a_json_array_become_items()
    {
        Drop("one.json", """{"title":"MiG-31s over Estonia","text":"Twelve minutes.","url":"https://www.example.ee/mig31","published":"2025-09-19T12:00:00+03:00","id":"tool-42"}""");
        Drop("many.json", """[{"title":"First","text":"a"},{"title":"Second","id":7}]""");

        var items = (await PollAsync()).Items;

        Assert.Equal(3, items.Count);
        var many = items.Where(i => i.Title is "First" or "Second").ToArray();
        Assert.Matches("^many\\.json:[0-9a-f]{16}#0$", many[0].ItemId);
        Assert.Equal("7", many[1].ItemId);
        Assert.Equal(string.Empty, many[1].Text);
        var one = items.Single(i => i.ItemId == "tool-42");
        Assert.Equal("https://www.example.ee/mig31", one.Url);
        Assert.Equal(new DateTimeOffset(2025, 9, 19, 9, 0, 0, TimeSpan.Zero), one.PublishedAt);
        Assert.Equal("Twelve minutes.", one.Text);
        Assert.Equal("example.ee", one.Outlet);
    }

    [Fact]
    public async Task Files_stay_until_acknowledged_then_move_to_processed()
    {
        var path = Drop("report.txt", "Title\nBody");
        var items = (await PollAsync()).Items;
        Assert.True(File.Exists(path));

        await _source.AcknowledgeAsync(items, CancellationToken.None);

        Assert.False(File.Exists(path));
        Assert.Equal("Title\nBody", File.ReadAllText(Path.Combine(_root, "processed", "report.txt")));
        Assert.Empty((await PollAsync()).Items);
    }

    [Fact]
    public async Task A_file_moves_only_when_all_its_items_are_acknowledged()
    {
        var path = Drop("pair.json", """[{"title":"One","id":"1"},{"title":"Two","id":"2"}]""");
        var items = (await PollAsync()).Items;

        await _source.AcknowledgeAsync([items[0]], CancellationToken.None);
        Assert.True(File.Exists(path));

        await _source.AcknowledgeAsync([items[1]], CancellationToken.None);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Acknowledging_items_of_another_source_moves_nothing()
    {
        var path = Drop("report.txt", "Title\nBody");
        var item = Assert.Single((await PollAsync()).Items);

        await _source.AcknowledgeAsync([item with { SourceName = "other" }], CancellationToken.None);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_processed_name_clash_keeps_both_files()
    {
        Directory.CreateDirectory(Path.Combine(_root, "processed"));
        File.WriteAllText(Path.Combine(_root, "processed", "report.txt"), "earlier");
        Drop("report.txt", "Title\nBody");

        await _source.AcknowledgeAsync((await PollAsync()).Items, CancellationToken.None);

        Assert.Equal("earlier", File.ReadAllText(Path.Combine(_root, "processed", "report.txt")));
        Assert.Equal("Title\nBody", File.ReadAllText(Path.Combine(_root, "processed", "report.1.txt")));
    }

    [Theory]
    [InlineData("bad.json", "{\"title\": \"unterminated", "invalid JSON")]
    [InlineData("empty.txt", "  \n\n ", "the file is empty")]
    [InlineData("notitle.json", "{\"text\":\"no title\"}", "\"title\" is missing")]
    [InlineData("badurl.json", "[{\"title\":\"ok\"},{\"title\":\"x\",\"url\":\"not a url\"}]", "entry 1: \"url\" is not an absolute http(s) URL")]
    [InlineData("baddate.json", "{\"title\":\"x\",\"published\":\"last tuesday\"}", "\"published\" is not a date")]
    [InlineData("emptyarray.json", "[]", "the JSON array is empty")]
    [InlineData("scalar.json", "42", "expected a JSON object or an array of objects")]
    public async Task A_bad_file_moves_to_failed_with_the_reason_beside_it(string name, string content, string reason)
    {
        Drop(name, content);
        Drop("good.txt", "Good\ntext");

        var result = await PollAsync();

        Assert.Equal("Good", Assert.Single(result.Items).Title);
        Assert.False(File.Exists(Path.Combine(_root, name)));
        Assert.Equal(content, File.ReadAllText(Path.Combine(_root, "failed", name)));
        Assert.Contains(reason, File.ReadAllText(Path.Combine(_root, "failed", name + ".error.txt")));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_a_bad_file()
    {
        Drop("huge.txt", new byte[InboxFileReader.MaxFileBytes + 1]);

        Assert.Empty((await PollAsync()).Items);

        Assert.Contains("larger than", File.ReadAllText(Path.Combine(_root, "failed", "huge.txt.error.txt")));
    }

    [Fact]
    public async Task Invalid_utf8_is_a_bad_file()
    {
        Drop("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x0A]);

        Assert.Empty((await PollAsync()).Items);

        Assert.Contains("not valid UTF-8", File.ReadAllText(Path.Combine(_root, "failed", "latin1.txt.error.txt")));
    }

    [Fact]
    public async Task Other_extensions_and_hidden_files_are_ignored()
    {
        var csv = Drop("data.csv", "a,b");
        var hidden = Drop(".partial.txt", "Title\nBody");

        Assert.Empty((await PollAsync()).Items);

        Assert.True(File.Exists(csv));
        Assert.True(File.Exists(hidden));
    }

    [Fact]
    public async Task A_file_still_being_written_waits_for_the_next_poll()
    {
        var path = Drop("fresh.txt", "Title\nBody", age: TimeSpan.FromSeconds(1));

        Assert.Empty((await PollAsync()).Items);
        Assert.True(File.Exists(path));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("Title", Assert.Single((await PollAsync()).Items).Title);
    }

    [Fact]
    public void A_missing_path_is_a_configuration_error()
    {
        Assert.Throws<ArgumentException>(() => _services.CreateSource("inbox", path: " "));
    }
}
