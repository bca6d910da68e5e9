using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Interactions;

/// <summary>Why an interaction request was refused, or that it passed.</summary>
internal enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Stale,
    Invalid,
}

/// <summary>
/// Checks <c>X-Signature-Ed25519</c> over the raw bytes of <c>X-Signature-Timestamp</c> + body with the application's
/// public key, and refuses timestamps older than <see cref="DiscordOptions.SignatureMaxAge"/> or too far ahead, so a
/// captured request cannot be replayed later.
/// </summary>
internal sealed class InteractionSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time) : IDisposable
{
    /// <summary>How far ahead of our clock a timestamp may be (clock skew).</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(1);

    private readonly Lazy<Ed25519PublicKey> _key = new(() => Ed25519PublicKey.FromHex(options.Value.PublicKey!));

    public SignatureCheck Check(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(signatureHex) || string.IsNullOrWhiteSpace(timestamp))
        {
            return SignatureCheck.Missing;
        }

        if (signatureHex.Length != Ed25519PublicKey.SignatureLength * 2 || !signatureHex.All(char.IsAsciiHexDigit)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SignatureCheck.Malformed;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > options.Value.SignatureMaxAge || age < -MaxFutureSkew)
        {
            return SignatureCheck.Stale;
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        return _key.Value.Verify(signed, Convert.FromHexString(signatureHex)) ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }

    public void Dispose()
    {
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }
}
