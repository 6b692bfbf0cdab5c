using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Admin;

namespace OpenNrm.Web.Features.Audit;

/// <summary>The auditor's viewer: filter by subject, user, organisation, event and time; newest first, keyset-paged.</summary>
[RequirePermission(Permission.AuditRead)]
public sealed class AuditIndexModel(AuditQuery query, AuditLog audit, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? SubjectType { get; set; }
    [BindProperty(SupportsGet = true)] public string? SubjectId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true)] public AuditEventType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? To { get; set; }
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Before { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? BeforeId { get; set; }

    public AuditPage Results { get; private set; } = new([], null, null);

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public string? NextPageQuery { get; private set; }

    public async Task OnGetAsync()
    {
        var from = From is { } f ? new DateTimeOffset(DateTime.SpecifyKind(f, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var to = To is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        Results = await query.FindAsync(new AuditFilter(SubjectType, SubjectId, UserId, OrganisationId, from, to, Type, Before, BeforeId), HttpContext.RequestAborted);
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Code).ToListAsync()).Select(OrganisationDto.From).ToList();
        if (Results.NextBefore is { } next)
        {
            var qs = QueryString.Create(Request.Query.Where(kv => kv.Key is not ("Before" or "BeforeId"))
                .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
                .Append(new("Before", next.ToString("O")))
                .Append(new("BeforeId", Results.NextBeforeId.ToString())));
            NextPageQuery = qs.Value?.TrimStart('?');
        }

        audit.Record(AuditEventType.AuditLogViewed, SubjectType, SubjectId, details: UserId?.ToString());
        await db.SaveChangesAsync();
    }
}
