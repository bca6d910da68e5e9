using System.CommandLine;
using IncursionBot.Cli;

// The host handles SIGTERM and Ctrl-C itself (graceful shutdown within 10 s); the parser must not race it.
return await BotCommandLine.Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
