using System.Collections.Concurrent;
using Quartz;

namespace IncursionBot.Storage.Tests.Contract;

/// <summary>Starts a clustered Quartz scheduler on a migrated database and waits for one job to run there.</summary>
internal static class QuartzSchemaProbe
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Runs = new();

    public static async Task RunOneJobAsync(string connectionString, TimeSpan timeout)
    {
        var name = $"storage-tests-{Guid.NewGuid():N}";
        var ran = Runs.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var scheduler = await QuartzSchedulerBuilder
            .Create(q => q
                .ConfigureScheduler(options =>
                {
                    options.InstanceName = name;
                    options.InstanceId = "node-1";
                })
                .UsePersistentStore(store =>
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(_ => { });
                    store.UseSystemTextJsonSerializer(_ => { });
                }))
            .BuildScheduler();
        try
        {
            await scheduler.Start();
            await scheduler.ScheduleJob(JobBuilder.Create<ProbeJob>().WithIdentity("probe").Build(), TriggerBuilder.Create().StartNow().Build());
            await ran.Task.WaitAsync(timeout);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
            Runs.TryRemove(name, out _);
        }
    }

    private sealed class ProbeJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            if (Runs.TryGetValue(context.Scheduler.SchedulerName, out var ran))
            {
                ran.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }
    }
}
