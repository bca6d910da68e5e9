using IncursionBot.Core.Delivery;

namespace IncursionBot.Core.Tests.Delivery;

public sealed class RetryScheduleTests
{
    [Fact]
    public void Backoff_grows_stays_under_the_cap_and_never_undercuts_retry_after()
    {
        var random = new Random(7);
        var baseDelay = TimeSpan.FromSeconds(2);
        var cap = TimeSpan.FromMinutes(5);
        var first = RetrySchedule.Delay(1, baseDelay, cap, null, random);
        var fifth = RetrySchedule.Delay(5, baseDelay, cap, null, random);
        var late = RetrySchedule.Delay(40, baseDelay, cap, null, random);

        Assert.InRange(first, TimeSpan.FromSeconds(1), baseDelay);
        Assert.InRange(fifth, TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(32));
        Assert.InRange(late, cap / 2, cap);
        Assert.Equal(TimeSpan.FromMinutes(10), RetrySchedule.Delay(1, baseDelay, cap, TimeSpan.FromMinutes(10), random));
    }
}
