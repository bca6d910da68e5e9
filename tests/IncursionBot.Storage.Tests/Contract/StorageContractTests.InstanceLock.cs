using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task An_instance_lock_is_held_by_one_instance_until_released()
    {
        var other = await RestartAsync();

        var held = await Host.InstanceLock.TryAcquireAsync("discord-gateway", None);
        Assert.NotNull(held);
        Assert.Null(await other.InstanceLock.TryAcquireAsync("discord-gateway", None));
        await using (var unrelated = await other.InstanceLock.TryAcquireAsync("something-else", None))
        {
            Assert.NotNull(unrelated);
        }

        await held!.DisposeAsync();
        await using var taken = await other.InstanceLock.TryAcquireAsync("discord-gateway", None);
        Assert.NotNull(taken);
    }
}
