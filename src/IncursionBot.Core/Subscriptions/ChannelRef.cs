namespace IncursionBot.Core.Subscriptions;

/// <summary>
/// A place alerts go to, as a platform name (<c>console</c>, <c>discord</c>, <c>teams</c>) and that platform's own
/// id. Core never interprets the id.
/// </summary>
public sealed record ChannelRef(string Platform, string Id)
{
    public override string ToString() => $"{Platform}:{Id}";

    public static ChannelRef Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new FormatException($"'{text}' is not a channel; expected 'platform:id', e.g. 'discord:123456789012345678'.");
        }

        return new ChannelRef(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
    }
}
