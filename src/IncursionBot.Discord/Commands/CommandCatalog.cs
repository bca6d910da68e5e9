using IncursionBot.Core.Incidents;
using IncursionBot.Core.Queries;
using IncursionBot.Discord.Interactions;

namespace IncursionBot.Discord.Commands;

/// <summary>
/// The slash commands, their names and options: a contract with users and with the bulk overwrite. Subscription
/// changes default to members with Manage Channels (<c>default_member_permissions</c>), and handlers check again.
/// </summary>
internal static class CommandCatalog
{
    public const string Incidents = "incidents";
    public const string Incident = "incident";
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Subscriptions = "subscriptions";

    public const string CountryOption = "country";
    public const string PlatformOption = "platform";
    public const string DaysOption = "days";
    public const string IdOption = "id";

    /// <summary>MANAGE_CHANNELS (1 &lt;&lt; 4).</summary>
    public const long ManageChannels = 1L << 4;

    /// <summary>ADMINISTRATOR (1 &lt;&lt; 3) implies every permission.</summary>
    public const long Administrator = 1L << 3;

    private const int GuildContext = 0;
    private const int BotDmContext = 1;

    /// <summary>The commands to register. <c>contexts</c> only applies to global commands, so guild registration omits it.</summary>
    public static IReadOnlyList<ApplicationCommand> Build(bool global)
    {
        IReadOnlyList<int>? anywhere = global ? [GuildContext, BotDmContext] : null;
        IReadOnlyList<int>? guildOnly = global ? [GuildContext] : null;
        return
        [
            new(Incidents, "Recent airspace incursions, newest first",
                [Country("Only incidents in this country (name or code)"), Platform("Only incidents of this kind"), Days()], Contexts: anywhere),
            new(Incident, "One incident with all its reports and why it alerted",
                [new CommandOption(CommandOption.IntegerType, IdOption, "The incident number (from alerts or /incidents)", Required: true, MinValue: 1)],
                Contexts: anywhere),
            new(Subscribe, "Post alerts in this channel (no options: every country and platform)",
                [Country("Only alerts for this country (name or code)"), Platform("Only alerts of this kind")],
                DefaultMemberPermissions: ManageChannels, Contexts: guildOnly),
            new(Unsubscribe, "Stop one of this channel's subscriptions, or all of them",
                [new CommandOption(CommandOption.StringType, IdOption, "A subscription id from /subscriptions, or 'all'", Required: true, Autocomplete: true, MaxLength: 20)],
                DefaultMemberPermissions: ManageChannels, Contexts: guildOnly),
            new(Subscriptions, "This channel's subscriptions and their ids", Contexts: guildOnly),
        ];
    }

    private static CommandOption Country(string description) =>
        new(CommandOption.StringType, CountryOption, description, Autocomplete: true, MaxLength: 60);

    private static CommandOption Platform(string description) =>
        new(CommandOption.StringType, PlatformOption, description,
            Choices: PlatformNames.All.Select(p => new CommandChoice(p.ToLabel(), p.ToWire())).ToArray());

    private static CommandOption Days() =>
        new(CommandOption.IntegerType, DaysOption, $"How many days back (default {IncidentQuery.DefaultDays})",
            MinValue: IncidentQuery.MinDays, MaxValue: IncidentQuery.MaxDays);
}
