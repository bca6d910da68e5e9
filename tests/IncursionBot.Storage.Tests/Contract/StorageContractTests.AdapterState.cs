using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task Adapter_state_is_scoped_overwritten_listed_deleted_and_survives_a_restart()
    {
        await Host.AdapterState.SetAsync("teams.conversations", "19:abc", "{\"v\":1}", Samples.T0, None);
        await Host.AdapterState.SetAsync("teams.conversations", "19:abc", "{\"v\":2}", Samples.T0, None);
        await Host.AdapterState.SetAsync("teams.conversations", "19:def", "{\"v\":3}", Samples.T0, None);
        await Host.AdapterState.SetAsync("other", "19:abc", "x", Samples.T0, None);

        var restarted = await RestartAsync();

        Assert.Equal("{\"v\":2}", await restarted.AdapterState.GetAsync("teams.conversations", "19:abc", None));
        Assert.Equal(["19:abc", "19:def"], (await restarted.AdapterState.ListAsync("teams.conversations", None)).Keys.Order());
        Assert.True(await restarted.AdapterState.DeleteAsync("teams.conversations", "19:abc", None));
        Assert.False(await restarted.AdapterState.DeleteAsync("teams.conversations", "19:abc", None));
        Assert.Null(await restarted.AdapterState.GetAsync("teams.conversations", "19:abc", None));
        Assert.Equal("x", await restarted.AdapterState.GetAsync("other", "19:abc", None));
    }
}
