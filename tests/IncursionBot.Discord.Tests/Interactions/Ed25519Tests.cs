using IncursionBot.Discord.Interactions;

namespace IncursionBot.Discord.Tests.Interactions;

/// <summary>RFC 8032 §7.1 test vectors through OpenSSL's EVP API.</summary>
public sealed class Ed25519Tests
{
    public static TheoryData<string, string, string> Rfc8032Vectors => new()
    {
        // TEST 1 (empty message)
        {
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        // TEST 2
        {
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        // TEST 3
        {
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
        // TEST SHA(abc): the message is SHA-512("abc")
        {
            "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Accepts_the_RFC_8032_vectors(string publicKey, string message, string signature)
    {
        using var key = Ed25519PublicKey.FromHex(publicKey);

        Assert.True(key.Verify(Convert.FromHexString(message), Convert.FromHexString(signature)));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Refuses_a_flipped_bit_an_extra_byte_and_another_key(string publicKey, string message, string signature)
    {
        using var key = Ed25519PublicKey.FromHex(publicKey);
        using var other = Ed25519PublicKey.FromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" == publicKey
            ? "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
            : "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        var bytes = Convert.FromHexString(message);
        var flipped = Convert.FromHexString(signature);
        flipped[5] ^= 0x01;

        Assert.False(key.Verify(bytes, flipped));
        Assert.False(key.Verify([.. bytes, 0x00], Convert.FromHexString(signature)));
        Assert.False(other.Verify(bytes, Convert.FromHexString(signature)));
        Assert.False(key.Verify(bytes, Convert.FromHexString(signature)[..63]));
    }

    [Fact]
    public void The_test_signer_reproduces_RFC_8032_test_2() =>
        Assert.Equal(
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
            Convert.ToHexStringLower(TestSigner.Sign([0x72])));

    [Fact]
    public void Refuses_a_key_of_the_wrong_length() =>
        Assert.Throws<ArgumentException>(() => Ed25519PublicKey.FromBytes(new byte[31]));
}
