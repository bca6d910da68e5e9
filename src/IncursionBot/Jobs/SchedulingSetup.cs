using IncursionBot.Configuration;
using IncursionBot.Delivery;
using Quartz;

namespace IncursionBot.Jobs;

/// <summary>The running service's schedule: one Quartz job per enabled source, plus the delivery worker.</summary>
public static class SchedulingSetup
{
    public const string SchedulerName = "incursionbot";

    public static readonly TimeSpan ClusterCheckinInterval = TimeSpan.FromSeconds(5);

    /// <summary>Above the worst pause (GC, failover) we expect, below what a user would notice as a missed poll.</summary>
    public static readonly TimeSpan ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(15);

    public static void AddScheduling(this IHostApplicationBuilder builder)
    {
        var sources = new SourcesOptions();
        builder.Configuration.GetSection(SourcesOptions.SectionName).Bind(sources.Items);
        var storage = builder.Configuration.GetSection("Storage");
        var clustered = string.Equals(storage["Provider"]?.Trim(), "Postgres", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                // Each process is one cluster node; Quartz makes the id unique (host name + time).
                o.GenerateInstanceId = clustered;
            });
            if (clustered)
            {
                // Several instances on one PostgreSQL: each trigger fires on one node only, and a dead node's
                // triggers are taken over after the check-in threshold. The tables come from our migrations.
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(storage["ConnectionString"] ?? string.Empty);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = ClusterCheckinMisfireThreshold;
                    });
                    store.UseSystemTextJsonSerializer(_ => { });
                    // Every poll job is serial; keep every firing round under TRIGGER_ACCESS so no round can hand one
                    // trigger to two nodes (under load two nodes were seen polling one source side by side).
                    store.ConfigureStore(o => o.LockFreeFiringRounds = false);
                });
            }

            foreach (var source in sources.Items.Where(s => s.Enabled && !string.IsNullOrWhiteSpace(s.Name)))
            {
                var job = PollSourceJob.KeyFor(source.Name);
                quartz.AddJob<PollSourceJob>(j => j.WithIdentity(job).DisallowConcurrentExecution().UsingJobData(PollSourceJob.SourceNameKey, source.Name));
                quartz.AddTrigger(t => t
                    .ForJob(job)
                    .WithIdentity(PollSourceJob.TriggerFor(source.Name))
                    .StartNow()
                    // Missed polls (a long pause, a busy scheduler) are coalesced into one run now, not replayed.
                    .WithSimpleSchedule(s => s.WithInterval(source.PollInterval).RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)));
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<DeliveryWorker>();
    }
}
