using Microsoft.AspNetCore.Mvc;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>What the sections show and whether their forms are offered.</summary>
public sealed record SupportServicesPanel(SupportServicesView View, bool Editable, long MaxMegabytes, string Today)
{
    /// <summary>The partner as people write it; the English text is also the localisation key.</summary>
    public static string PartnerName(ReintegrationPartner partner) => partner switch
    {
        ReintegrationPartner.Iom => "IOM",
        ReintegrationPartner.CaritasInternational => "Caritas International",
    };
}

/// <summary>
/// The documents, interpreters, subsistence and voluntary return of a support case, as sections of the case page;
/// their forms post to <see cref="CaseServicesModel"/>. The read is audited once, like the notes' read.
/// </summary>
public sealed class SupportServicesViewComponent(SupportServicesQueries queries, CurrentUser me, AttachmentOptions options, TimeProvider clock)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid supportCaseId)
    {
        var view = await queries.ReadAsync(supportCaseId, purpose: null, HttpContext.RequestAborted);
        if (view is null)
        {
            return Content(string.Empty);
        }

        var today = LegalCalendar.Today(clock).ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return View("/Features/Assistance/_SupportServices.cshtml",
            new SupportServicesPanel(view, me.Can(Permission.SupportManage) && view.IsOpen, options.MaxMegabytes, today));
    }
}
