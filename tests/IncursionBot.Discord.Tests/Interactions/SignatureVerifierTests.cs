using IncursionBot.Discord.Interactions;
using IncursionBot.Discord.Tests.Support;
using IncursionBot.Testing;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Tests.Interactions;

public sealed class SignatureVerifierTests
{
    private const string Body = """{"type":1,"id":"1","token":"t"}""";

    private readonly FakeTimeProvider _time = new(Samples.Now);
    private readonly InteractionSignatureVerifier _verifier;

    public SignatureVerifierTests() =>
        _verifier = new InteractionSignatureVerifier(Options.Create(new DiscordOptions { PublicKey = TestSigner.PublicKeyHex }), _time);

    private static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Accepts_a_good_signature()
    {
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());

        Assert.Equal(SignatureCheck.Valid, _verifier.Check(TestSigner.Sign(timestamp, Body), timestamp, Bytes(Body)));
    }

    [Fact]
    public void Refuses_a_flipped_signature_bit()
    {
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());
        var signature = TestSigner.Sign(timestamp, Body).ToCharArray();
        signature[10] = signature[10] == '0' ? '1' : '0';

        Assert.Equal(SignatureCheck.Invalid, _verifier.Check(new string(signature), timestamp, Bytes(Body)));
    }

    [Fact]
    public void Refuses_a_changed_timestamp_or_body()
    {
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());
        var signature = TestSigner.Sign(timestamp, Body);

        Assert.Equal(SignatureCheck.Invalid, _verifier.Check(signature, TestSigner.Timestamp(_time.GetUtcNow().AddSeconds(-1)), Bytes(Body)));
        Assert.Equal(SignatureCheck.Invalid, _verifier.Check(signature, timestamp, Bytes(Body.Replace(":", ": ", StringComparison.Ordinal))));
        Assert.Equal(SignatureCheck.Invalid, _verifier.Check(signature, timestamp, Bytes(Body + "\n")));
    }

    [Fact]
    public void Refuses_a_replay_after_five_minutes_and_a_timestamp_from_the_future()
    {
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());
        var signature = TestSigner.Sign(timestamp, Body);
        var future = TestSigner.Timestamp(_time.GetUtcNow().AddMinutes(2));

        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.Equal(SignatureCheck.Stale, _verifier.Check(signature, timestamp, Bytes(Body)));
        _time.Set(Samples.Now);
        Assert.Equal(SignatureCheck.Stale, _verifier.Check(TestSigner.Sign(future, Body), future, Bytes(Body)));
    }

    [Theory]
    [InlineData(null, "1757484000", "Missing")]
    [InlineData("ab", null, "Missing")]
    [InlineData("zz", "1757484000", "Malformed")]
    [InlineData("00", "1757484000", "Malformed")]
    public void Refuses_missing_or_malformed_headers(string? signature, string? timestamp, string expected) =>
        Assert.Equal(expected, _verifier.Check(signature, timestamp, Bytes(Body)).ToString());

    [Fact]
    public void Refuses_a_non_numeric_timestamp()
    {
        var signature = TestSigner.Sign("yesterday", Body);

        Assert.Equal(SignatureCheck.Malformed, _verifier.Check(signature, "yesterday", Bytes(Body)));
    }
}
