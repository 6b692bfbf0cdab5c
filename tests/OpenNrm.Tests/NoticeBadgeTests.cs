using System.Net;
using System.Text.RegularExpressions;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Notices;

namespace OpenNrm.Tests;

/// <summary>The menu's badge of unread notices, on every page: exact up to 99, then "99+".</summary>
public abstract partial class NoticeBadgeTests(TestApp app)
{
    [Fact]
    public async Task The_badge_counts_unread_notices_up_to_99_then_says_99_plus()
    {
        var user = await app.CreateUserAsync(Role.CentreCaseworker, BelgianReferenceData.DemoSeats[Role.CentreCaseworker]);
        var session = new BrowserSession(app.BrowserClient());
        await session.SignInAsync(user);
        Assert.Null(await BadgeAsync(session));

        await AddUnreadAsync(user.OrganisationId, 3);
        Assert.Equal("3", await BadgeAsync(session));

        await AddUnreadAsync(user.OrganisationId, NoticeService.BadgeLimit - 3);
        Assert.Equal("99", await BadgeAsync(session));

        await AddUnreadAsync(user.OrganisationId, 20);
        Assert.Equal("99+", await BadgeAsync(session));
    }

    private async Task<string?> BadgeAsync(BrowserSession session)
    {
        var response = await session.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Badge().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private Task AddUnreadAsync(Guid organisation, int count) => app.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var subject = Guid.NewGuid();
            db.Notices.Add(new Notice(Guid.CreateVersion7(), organisation, null, NoticeKind.ReferralReceived, "Referral", subject, "TEST-" + i,
                null, null, 0, "received", DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    });

    [GeneratedRegex("<span class=\"nav-count\"[^>]*>([^<]*)</span>")]
    private static partial Regex Badge();
}
