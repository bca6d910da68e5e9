using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using IncursionBot.Teams.Manifest;
using IncursionBot.Teams.Tests.Fakes;

namespace IncursionBot.Teams.Tests.Manifest;

public sealed class ManifestWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"teams-manifest-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_package_holds_a_schema_valid_manifest_and_both_icons_at_its_root()
    {
        var zipPath = Path.Combine(_folder, "out", "incursionbot-teams.zip");

        await TeamsManifestWriter.WriteAsync(zipPath, Options(), CancellationToken.None);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var json = await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync();
        Assert.Empty(Contracts.ValidateManifest(json));
        var manifest = JsonNode.Parse(json)!;
        var bot = manifest["bots"]![0]!;
        Assert.Equal(TeamsTestHost.AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["commandLists"]!.AsArray().Select(l => l!["scopes"]![0]!.GetValue<string>()));
        Assert.All(bot["commandLists"]!.AsArray(), l => Assert.Contains(l!["commands"]!.AsArray(), c => c!["title"]!.GetValue<string>() == "subscribe"));
        Assert.Equal(["ops.example.org"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task The_icons_are_pngs_of_the_required_sizes_and_the_outline_is_white_on_transparent()
    {
        var zipPath = Path.Combine(_folder, "package.zip");
        await TeamsManifestWriter.WriteAsync(zipPath, Options(), CancellationToken.None);
        using var zip = ZipFile.OpenRead(zipPath);

        var color = Decode(zip.GetEntry("color.png")!);
        var outline = Decode(zip.GetEntry("outline.png")!);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal([0x1F, 0x3A, 0x5F, 0xFF], color.Pixel(0, 0));
        Assert.Equal([0xFF, 0xFF, 0xFF, 0xFF], color.Pixel(96, 60));
        Assert.Equal(0, outline.Pixel(0, 0)[3]);
        Assert.Contains(Enumerable.Range(0, 32 * 32), i => outline.Pixel(i % 32, i / 32)[3] == 255);
        Assert.All(Enumerable.Range(0, 32 * 32), i => Assert.Equal([0xFF, 0xFF, 0xFF], outline.Pixel(i % 32, i / 32)[..3]));
    }

    [Theory]
    [InlineData("Teams:AppId", "not-a-guid", "")]
    [InlineData("Teams:Manifest:WebsiteUrl", TeamsTestHost.AppId, "")]
    [InlineData("Teams:Manifest:WebsiteUrl", TeamsTestHost.AppId, "http://insecure.example")]
    public async Task Settings_that_cannot_make_a_valid_package_are_named(string key, string appId, string website)
    {
        var options = Options();
        options.AppId = appId;
        options.Manifest.WebsiteUrl = website;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TeamsManifestWriter.WriteAsync(Path.Combine(_folder, "x.zip"), options, CancellationToken.None));

        Assert.StartsWith(key, error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static TeamsOptions Options() => new()
    {
        AppId = TeamsTestHost.AppId,
        Manifest = new TeamsManifestOptions { WebsiteUrl = "https://ops.example.org/incursionbot" },
    };

    /// <summary>Reads the PNG back independently: signature, chunk CRCs, IHDR, and the zlib image data.</summary>
    private static DecodedPng Decode(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        entry.Open().CopyTo(stream);
        var png = stream.ToArray();
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            Assert.Equal(Crc32(png.AsSpan(offset + 4, length + 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)));
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                Assert.Equal([8, 6, 0, 0, 0], data[8..].ToArray());
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var raw = new MemoryStream();
        new ZLibStream(idat, CompressionMode.Decompress).CopyTo(raw);
        return new DecodedPng(width, height, raw.ToArray());
    }

    // The textbook bitwise CRC-32, independent of the table-driven one under test.
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private sealed record DecodedPng(int Width, int Height, byte[] Rows)
    {
        public byte[] Pixel(int x, int y)
        {
            var start = (y * ((Width * 4) + 1)) + 1 + (x * 4);
            Assert.Equal(0, Rows[y * ((Width * 4) + 1)]);
            return Rows[start..(start + 4)];
        }
    }
}
