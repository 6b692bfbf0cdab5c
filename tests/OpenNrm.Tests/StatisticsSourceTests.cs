using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Tests;

/// <summary>
/// What the statistics read: the referrals of the report's years only (sent or acknowledged in them), every signal
/// for each file's first one, and a refusal to count a year whose referrals were not read.
/// </summary>
public abstract class StatisticsSourceTests(TestApp app)
{
    private StatisticsSeed Seed => new(app);

    [Fact]
    public async Task Referrals_are_read_from_the_first_year_sent_or_acknowledged_and_signals_from_the_start()
    {
        var before = await Seed.PersonAsync(new(2014, 6, 1), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 30, "NG",
            ExploitationPurpose.SexualExploitation, referred: true, acknowledgedAfter: Duration.FromHours(1));
        // Sent on the last day of 2015, acknowledged on 2 January 2016: counted by its acknowledgement in 2016.
        var acrossTheYear = await Seed.PersonAsync(new(2015, 12, 31), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Masculine, 25, "RO",
            ExploitationPurpose.LabourExploitation, referred: true, acknowledgedAfter: Duration.FromHours(48));
        var within = await Seed.PersonAsync(new(2016, 3, 1), "1000", "POL-ZP-BXL-IXL", HtcdsGender.Feminine, 19, "NG",
            ExploitationPurpose.SexualExploitation, referred: true, acknowledgedAfter: Duration.FromHours(3));

        var facts = await app.WithScopeAsync(sp => sp.GetRequiredService<StatisticsSource>().LoadAsync(2016, 2018, new LocalDate(2026, 1, 1), default));

        Assert.Equal([acrossTheYear, within], facts.Referrals.Select(r => r.CaseId).Order());
        Assert.Equal([acrossTheYear, within], facts.ReferralsAcknowledgedIn(2016).Select(r => r.CaseId).Order());
        Assert.Equal([within], facts.ReferralsSentIn(2016).Select(r => r.CaseId));
        Assert.Equal(2016, facts.ReferralsFrom);
        // Each file's profile comes from its first signal, whatever its year.
        Assert.Equal(3, new[] { before, acrossTheYear, within }.Count(c => facts.ProfileOf(c) != PersonProfile.Unknown));

        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => facts.ReferralsSentIn(2015));
        Assert.Contains("from 2016 only", refusal.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => facts.ReferralsAcknowledgedIn(2014));
    }
}
