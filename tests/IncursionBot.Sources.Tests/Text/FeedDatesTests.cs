using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Tests.Text;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Sat, 07 Sep 2002 00:00:01 GMT", "2002-09-07T00:00:01Z")]
    [InlineData("Wed, 10 Sep 2025 06:12:00 +0200", "2025-09-10T04:12:00Z")]
    [InlineData("10 Sep 2025 06:12:00 -0430", "2025-09-10T10:42:00Z")]
    [InlineData("Wed, 10 Sep 25 06:12 EST", "2025-09-10T11:12:00Z")]
    [InlineData("Wed, 10 Sep 2025 06:12:00 CEST", "2025-09-10T04:12:00Z")]
    [InlineData("Wednesday, 10 September 2025 06:12:00 EEST", "2025-09-10T03:12:00Z")]
    [InlineData("Wed, 10 Sep 99 23:59:59 UT", "1999-09-10T23:59:59Z")]
    [InlineData("Wed, 10 Sep 2025 06:12:00 +02:00", "2025-09-10T04:12:00Z")]
    [InlineData("Wed, 10 Sep 2025 06:12:00", "2025-09-10T06:12:00Z")]
    [InlineData("Mi, 01 Okt 2025 06:12:00 +0200", "2025-10-01T04:12:00Z")]
    [InlineData("Wed, 10 Sep 2025 06:12:00 XYZ", "2025-09-10T06:12:00Z")]
    [InlineData("2025-09-10T06:12:00+02:00", "2025-09-10T04:12:00Z")]
    [InlineData("2025-09-10T06:12:00.123Z", "2025-09-10T06:12:00.123Z")]
    [InlineData("2025-09-10T06:12:00", "2025-09-10T06:12:00Z")]
    [InlineData("  Wed, 10 Sep 2025 06:12:00 GMT  ", "2025-09-10T06:12:00Z")]
    public void Reads_feed_dates(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2025 10:00:00 GMT")]
    [InlineData("10 Foo 2025 10:00:00 GMT")]
    public void Unreadable_dates_are_null(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
