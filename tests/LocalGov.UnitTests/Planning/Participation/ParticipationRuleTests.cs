using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Participation;

namespace LocalGov.UnitTests.Planning.Participation;

public sealed class ParticipationRuleTests
{
    private static ParticipationProcess Process() => new()
    {
        Title = "t",
        CreatedBy = "t",
        ProposalsFrom = new DateOnly(2026, 11, 1),
        ProposalsUntil = new DateOnly(2026, 11, 30),
        ReviewUntil = new DateOnly(2026, 12, 15),
        SupportUntil = new DateOnly(2026, 12, 31),
        ResultsOn = new DateOnly(2027, 1, 10),
        FollowUpFrom = new DateOnly(2027, 3, 1),
    };

    [Theory]
    [InlineData(2026, 10, 31, (int)ParticipationPhase.NotOpenYet)]
    [InlineData(2026, 11, 1, (int)ParticipationPhase.Proposals)]
    [InlineData(2026, 11, 30, (int)ParticipationPhase.Proposals)]
    [InlineData(2026, 12, 1, (int)ParticipationPhase.Review)]
    [InlineData(2026, 12, 15, (int)ParticipationPhase.Review)]
    [InlineData(2026, 12, 16, (int)ParticipationPhase.Support)]
    [InlineData(2026, 12, 31, (int)ParticipationPhase.Support)]
    [InlineData(2027, 1, 1, (int)ParticipationPhase.Tally)]
    [InlineData(2027, 1, 10, (int)ParticipationPhase.Results)]
    [InlineData(2027, 2, 28, (int)ParticipationPhase.Results)]
    [InlineData(2027, 3, 1, (int)ParticipationPhase.FollowUp)]
    public void Phase_changes_on_the_boundary_days(int year, int month, int day, int expected) =>
        Assert.Equal((ParticipationPhase)expected, Process().PhaseOn(new DateOnly(year, month, day)));

    [Fact]
    public void Dates_out_of_order_are_detected()
    {
        var process = Process();
        Assert.True(process.DatesAreInOrder);
        process.ReviewUntil = process.ProposalsUntil;
        Assert.False(process.DatesAreInOrder);
    }

    [Fact]
    public void A_token_is_stored_only_as_its_sha256_hex_and_differs_each_time()
    {
        var token = ParticipantTokens.NewToken();
        var hash = ParticipantTokens.Hash(token);

        Assert.Equal(64, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.Equal(hash, ParticipantTokens.Hash(token));
        Assert.NotEqual(token, ParticipantTokens.NewToken());
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ParticipantTokens.Hash("abc"));
    }

    [Fact]
    public void A_token_is_valid_until_it_expires()
    {
        var now = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
        var expires = now + ParticipantTokens.Lifetime;

        Assert.Equal(TimeSpan.FromHours(48), ParticipantTokens.Lifetime);
        Assert.True(ParticipantTokens.IsValid(expires, now));
        Assert.True(ParticipantTokens.IsValid(expires, expires.AddTicks(-1)));
        Assert.False(ParticipantTokens.IsValid(expires, expires));
        Assert.False(ParticipantTokens.IsValid(null, now));
    }

    [Theory]
    [InlineData("LocalGov2569", true)]
    [InlineData("short1", false)]
    [InlineData("onlyletterslong", false)]
    [InlineData("1234567890123", false)]
    public void Passwords_need_length_letters_and_digits(string password, bool ok) =>
        Assert.Equal(ok, ParticipantAccounts.IsAcceptablePassword(password));
}
