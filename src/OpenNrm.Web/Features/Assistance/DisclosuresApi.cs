using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>What the centre passed to other organisations under the victim's consents: the record a withdrawal is sent along.</summary>
public static class DisclosuresApi
{
    public static void MapDisclosuresApi(this RouteGroupBuilder api)
    {
        api.MapPost("/support-cases/{id:guid}/disclosures", Record).RequirePermission(Permission.SupportManage).WithTags("Assistance")
            .WithSummary("Record that information was passed to another organisation for a purpose; refused (422) without the victim's consent in force. "
                         + "A later withdrawal of that consent sends the organisation a notice (GDPR art. 7(3), 17(1)(b) and 19).");
    }

    private static async Task<IResult> Record(Guid id, DisclosureInput input, DisclosureService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.RecordAsync(id, input, ct), l, d => $"/api/v1/support-cases/{d.SupportCaseId}");
}
