using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class ConsentRulesTests
{
    private const ConsentPurpose Lawyer = ConsentPurpose.ShareWithLawyer;
    private const ConsentPurpose Police = ConsentPurpose.InformPoliceOnVoluntaryReturn;

    private static ConsentRecord Record(ConsentPurpose purpose, int version, string given, string? expires = null, string? revoked = null, bool health = false) =>
        new(purpose, version, Dates.At(given), Dates.AtOrNull(expires), Dates.AtOrNull(revoked), health);

    public static TheoryData<string, AssistanceRefusalCode?, string> SingleConsent => new()
    {
        // One consent to share with the lawyer, given 2024-02-28 10:00, expiring 2024-03-31 00:00, withdrawn 2024-02-29 15:30.
        // Moment asked about; then refusal and the start of the basis.
        { "2024-02-28T09:59:59Z", AssistanceRefusalCode.ConsentNeverGiven, "GDPR art. 6(1)(a) and art. 7; Criminal Code art. 458" },
        { "2024-02-28T10:00:00Z", null, "GDPR art. 6(1)(a) and art. 7" },
        { "2024-02-29T15:29:59Z", null, "GDPR art. 6(1)(a) and art. 7" },
        { "2024-02-29T15:30:00Z", AssistanceRefusalCode.ConsentRevoked, "GDPR art. 7(3); Criminal Code art. 458" }, // At once.
        { "2024-04-01T00:00:00Z", AssistanceRefusalCode.ConsentRevoked, "GDPR art. 7(3); Criminal Code art. 458" },
    };

    [Theory]
    [MemberData(nameof(SingleConsent))]
    public void A_withdrawal_takes_effect_at_its_instant(string at, AssistanceRefusalCode? refusal, string basis)
    {
        var records = new[] { Record(Lawyer, 1, "2024-02-28T10:00:00Z", expires: "2024-03-31T00:00:00Z", revoked: "2024-02-29T15:30:00Z") };

        var decision = ConsentRules.Allows(records, Lawyer, Dates.At(at));

        Assert.Equal(refusal, decision.Refusal?.Code);
        Assert.StartsWith(basis, decision.Basis.Citation, StringComparison.Ordinal);
        if (!decision.IsAllowed)
        {
            Assert.Equal(decision.Basis, decision.Refusal.Basis);
            Assert.Contains("Royal Decree of 18 April 2013 on the recognition of specialised centres", decision.Refusal.Basis.Citation, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string?, string?, string, AssistanceRefusalCode?> Expiry => new()
    {
        // Expires, revoked, at; then refusal.
        { "2024-03-31T22:00:00Z", null, "2024-03-31T21:59:59Z", null },
        { "2024-03-31T22:00:00Z", null, "2024-03-31T22:00:00Z", AssistanceRefusalCode.ConsentExpired },
        { "2024-03-31T22:00:00Z", "2024-03-01T08:00:00Z", "2024-04-02T00:00:00Z", AssistanceRefusalCode.ConsentRevoked }, // A withdrawal outranks expiry.
        { null, null, "2034-01-01T00:00:00Z", null },
    };

    [Theory]
    [MemberData(nameof(Expiry))]
    public void A_consent_for_a_limited_time_expires(string? expires, string? revoked, string at, AssistanceRefusalCode? refusal)
    {
        var records = new[] { Record(Lawyer, 1, "2024-01-31T12:00:00Z", expires, revoked) };

        Assert.Equal(refusal, ConsentRules.Allows(records, Lawyer, Dates.At(at)).Refusal?.Code);
    }

    [Fact]
    public void Consent_for_one_purpose_never_covers_another()
    {
        var records = new[] { Record(Lawyer, 1, "2024-01-31T12:00:00Z") };

        var decision = ConsentRules.Allows(records, ConsentPurpose.ShareWithPcsw, Dates.At("2024-06-01T00:00:00Z"));

        Assert.Equal(AssistanceRefusalCode.ConsentNeverGiven, decision.Refusal?.Code);
        Assert.Null(decision.Governing);
    }

    public static TheoryData<string?, string?, string?, string, AssistanceRefusalCode?, int?> Versions => new()
    {
        // Version 1 given 2024-01-10, version 2 given 2024-03-10; v1 revoked, v2 revoked, v3 given; at; then refusal, governing version.
        { null, null, null, "2024-02-01T00:00:00Z", null, 1 },
        { null, null, null, "2024-04-01T00:00:00Z", null, 2 },
        { null, "2024-05-01T00:00:00Z", null, "2024-04-30T23:59:59Z", null, 2 },
        { null, "2024-05-01T00:00:00Z", null, "2024-05-01T00:00:00Z", AssistanceRefusalCode.ConsentSupersededByRevokedVersion, 2 },
        { "2024-02-01T00:00:00Z", "2024-05-01T00:00:00Z", null, "2024-06-01T00:00:00Z", AssistanceRefusalCode.ConsentRevoked, 2 },
        { "2024-02-01T00:00:00Z", null, null, "2024-02-15T00:00:00Z", AssistanceRefusalCode.ConsentRevoked, 1 },
        { "2024-02-01T00:00:00Z", null, null, "2024-03-10T00:00:00Z", null, 2 }, // A new version after a withdrawal is a new consent.
        { null, "2024-05-01T00:00:00Z", "2024-06-01T00:00:00Z", "2024-06-01T00:00:00Z", null, 3 },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_highest_version_given_governs_and_a_withdrawn_one_revives_nothing(
        string? v1Revoked, string? v2Revoked, string? v3Given, string at, AssistanceRefusalCode? refusal, int? governing)
    {
        var records = new List<ConsentRecord>
        {
            Record(Police, 1, "2024-01-10T09:00:00Z", revoked: v1Revoked),
            Record(Police, 2, "2024-03-10T00:00:00Z", revoked: v2Revoked),
        };
        if (v3Given is not null)
        {
            records.Add(Record(Police, 3, v3Given));
        }

        var decision = ConsentRules.Allows(records, Police, Dates.At(at));

        Assert.Equal((refusal, governing), (decision.Refusal?.Code, decision.Governing?.Version));
        if (decision.IsAllowed)
        {
            Assert.Equal("Circular of 23 December 2016, 5.2.5.4; GDPR art. 6(1)(a) and art. 7", decision.Basis.Citation);
        }
    }

    [Theory]
    [InlineData(false, DataSensitivity.Ordinary, null)]
    [InlineData(true, DataSensitivity.Ordinary, null)]
    [InlineData(true, DataSensitivity.IncludesHealthData, null)]
    [InlineData(false, DataSensitivity.IncludesHealthData, AssistanceRefusalCode.HealthDataNotCovered)]
    public void Health_data_needs_explicit_consent(bool coversHealth, DataSensitivity sensitivity, AssistanceRefusalCode? refusal)
    {
        var records = new[] { Record(ConsentPurpose.ShareWithPcsw, 1, "2024-01-31T12:00:00Z", health: coversHealth) };

        var decision = ConsentRules.Allows(records, ConsentPurpose.ShareWithPcsw, Dates.At("2024-02-29T12:00:00Z"), sensitivity);

        Assert.Equal(refusal, decision.Refusal?.Code);
        Assert.Equal(sensitivity == DataSensitivity.IncludesHealthData, decision.Basis.Citation.Contains("GDPR art. 9(2)(a)", StringComparison.Ordinal));
    }

    [Fact]
    public void Giving_and_withdrawing_are_checked()
    {
        var given = ConsentRules.Give(Lawyer, 1, Dates.At("2024-02-29T10:00:00Z"), null, coversHealthData: false);
        Assert.True(given.IsAccepted);

        Assert.Equal(AssistanceRefusalCode.ConsentVersionNotPositive, ConsentRules.Give(Lawyer, 0, Dates.At("2024-02-29T10:00:00Z"), null, false).Refusal?.Code);
        Assert.Equal(AssistanceRefusalCode.ExpiryNotAfterConsent,
            ConsentRules.Give(Lawyer, 1, Dates.At("2024-02-29T10:00:00Z"), Dates.At("2024-02-29T10:00:00Z"), false).Refusal?.Code);

        var early = ConsentRules.Revoke(given.Value, Dates.At("2024-02-29T09:59:59Z"));
        Assert.Equal(AssistanceRefusalCode.RevocationBeforeConsent, early.Refusal?.Code);
        Assert.Equal("GDPR art. 7(3)", early.Refusal!.Basis.Citation);

        var revoked = ConsentRules.Revoke(given.Value, Dates.At("2024-02-29T10:00:00Z"));
        Assert.Equal(Dates.At("2024-02-29T10:00:00Z"), revoked.Value!.RevokedAt);
        Assert.Equal(AssistanceRefusalCode.ConsentAlreadyRevoked, ConsentRules.Revoke(revoked.Value, Dates.At("2024-03-01T10:00:00Z")).Refusal?.Code);
    }

    [Fact]
    public void Recipients_of_disclosures_under_a_withdrawn_consent_are_to_be_told()
    {
        var records = new[]
        {
            Record(Lawyer, 1, "2024-01-10T09:00:00Z", revoked: "2024-03-01T12:00:00Z"),
            Record(ConsentPurpose.ShareWithPcsw, 1, "2024-01-10T09:00:00Z"),
            Record(ConsentPurpose.ResearchUse, 1, "2024-01-10T09:00:00Z", expires: "2024-02-01T00:00:00Z"),
            Record(Police, 1, "2024-01-10T09:00:00Z"),
            Record(Police, 2, "2024-02-10T09:00:00Z", revoked: "2024-03-05T00:00:00Z"),
        };
        var disclosures = new[]
        {
            new Disclosure(Lawyer, "Law firm B", Dates.At("2024-02-15T10:00:00Z")),
            new Disclosure(Lawyer, "Law firm A", Dates.At("2024-01-20T10:00:00Z")),
            new Disclosure(Lawyer, "Law firm A", Dates.At("2024-01-11T10:00:00Z")),
            new Disclosure(Lawyer, "Law firm C", Dates.At("2024-03-01T12:00:00Z")), // At the withdrawal: already without consent.
            new Disclosure(Lawyer, "Law firm D", Dates.At("2024-01-05T10:00:00Z")), // Before any consent.
            new Disclosure(ConsentPurpose.ShareWithPcsw, "PCSW Liège", Dates.At("2024-02-01T10:00:00Z")), // Consent still in force.
            new Disclosure(ConsentPurpose.ResearchUse, "University", Dates.At("2024-01-15T10:00:00Z")), // Expired, not withdrawn.
            new Disclosure(Police, "Federal police DJSOC", Dates.At("2024-01-20T10:00:00Z")), // Under version 1, superseded by withdrawn version 2.
            new Disclosure(Lawyer, "Law firm E", Dates.At("2024-03-20T10:00:00Z")), // After the moment asked about.
        };

        var notices = ConsentRules.RecipientsToNotify(records, disclosures, Dates.At("2024-03-10T00:00:00Z"));

        Assert.Equal(
            [("Federal police DJSOC", Police), ("Law firm A", Lawyer), ("Law firm B", Lawyer)],
            notices.Select(n => (n.RecipientOrganisation, n.Purpose)));
        Assert.Equal([Dates.At("2024-03-05T00:00:00Z"), Dates.At("2024-03-01T12:00:00Z"), Dates.At("2024-03-01T12:00:00Z")], notices.Select(n => n.WithdrawnAt));
        Assert.Equal([Dates.At("2024-01-11T10:00:00Z"), Dates.At("2024-01-20T10:00:00Z")], notices[1].Disclosures.Select(d => d.At));
        Assert.All(notices, n => Assert.Equal("GDPR art. 7(3), art. 17(1)(b) and art. 19", n.Basis.Citation));
    }

    [Fact]
    public void Before_the_withdrawal_nobody_is_to_be_told()
    {
        var records = new[] { Record(Lawyer, 1, "2024-01-10T09:00:00Z", revoked: "2024-03-01T12:00:00Z") };
        var disclosures = new[] { new Disclosure(Lawyer, "Law firm A", Dates.At("2024-01-20T10:00:00Z")) };

        Assert.Empty(ConsentRules.RecipientsToNotify(records, disclosures, Dates.At("2024-03-01T11:59:59Z")));
        Assert.Single(ConsentRules.RecipientsToNotify(records, disclosures, Dates.At("2024-03-01T12:00:00Z")));
    }

    [Fact]
    public void A_later_consent_after_a_withdrawal_ends_the_need_to_tell()
    {
        var records = new[]
        {
            Record(Lawyer, 1, "2024-01-10T09:00:00Z", revoked: "2024-03-01T12:00:00Z"),
            Record(Lawyer, 2, "2024-03-08T12:00:00Z"),
        };
        var disclosures = new[] { new Disclosure(Lawyer, "Law firm A", Dates.At("2024-01-20T10:00:00Z")) };

        Assert.Single(ConsentRules.RecipientsToNotify(records, disclosures, Dates.At("2024-03-05T00:00:00Z")));
        Assert.Empty(ConsentRules.RecipientsToNotify(records, disclosures, Dates.At("2024-03-10T00:00:00Z")));
    }

    [Fact]
    public void A_withdrawal_in_local_time_is_the_same_instant_everywhere()
    {
        var brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];
        // 31 March 2024, the night summer time starts: 01:30 local is 00:30 UTC.
        var revokedAt = brussels.AtStrictly(new LocalDateTime(2024, 3, 31, 1, 30)).ToInstant();
        var records = new[] { new ConsentRecord(Lawyer, 1, Dates.At("2024-03-01T00:00:00Z"), null, revokedAt, false) };

        Assert.True(ConsentRules.Allows(records, Lawyer, Dates.At("2024-03-31T00:29:59Z")).IsAllowed);
        Assert.False(ConsentRules.Allows(records, Lawyer, Dates.At("2024-03-31T00:30:00Z")).IsAllowed);
    }
}
