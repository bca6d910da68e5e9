using IncursionBot.Configuration;
using IncursionBot.Delivery;
using Quartz;

namespace IncursionBot.Jobs;

/// <summary>The running service's schedule: one Quartz job per enabled source, plus the delivery worker.</summary>
public static class SchedulingSetup
{
    public static void AddScheduling(this IHostApplicationBuilder builder)
    {
        var sources = new SourcesOptions();
        builder.Configuration.GetSection(SourcesOptions.SectionName).Bind(sources.Items);
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o => o.InstanceName = "incursionbot");
            foreach (var source in sources.Items.Where(s => s.Enabled && !string.IsNullOrWhiteSpace(s.Name)))
            {
                var job = PollSourceJob.KeyFor(source.Name);
                quartz.AddJob<PollSourceJob>(j => j.WithIdentity(job).UsingJobData(PollSourceJob.SourceNameKey, source.Name));
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
