using Serilog;
using Serilog.Settings.Configuration;

namespace IncursionBot.Logging;

/// <summary>Serilog from the <c>Serilog</c> section, behind Microsoft.Extensions.Logging.</summary>
public static class SerilogSetup
{
    private const string HostStartFailedTemplate = "Hosting failed to start";

    public static void Configure(IHostApplicationBuilder builder)
    {
        // A failed start is reported once, readably, by the command line (Cli/StartupFailures); the host's own
        // copy of it is a stack trace a user should not have to read.
        var configuration = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .Filter.ByExcluding(e => e.MessageTemplate.Text == HostStartFailedTemplate);
        if (builder.Configuration.GetSection("Serilog").Exists())
        {
            // Explicit assemblies: discovery by scanning fails in single-file and trimmed deployments.
            configuration.ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(
                typeof(ConsoleLoggerConfigurationExtensions).Assembly,
                typeof(FileLoggerConfigurationExtensions).Assembly));
        }
        else
        {
            // Standard output carries alerts and command answers; logs must not mix into it.
            configuration.MinimumLevel.Information()
                .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}
