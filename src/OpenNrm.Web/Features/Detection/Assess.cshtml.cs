using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

/// <summary>The officer ticks what they saw; the page answers with the Delphi rule and their duties under the Circular.</summary>
[RequirePermission(Permission.DetectionAssess)]
public sealed class AssessModel(DetectionSupport support) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ListId { get; set; }

    [BindProperty]
    public List<string> Present { get; set; } = [];

    [BindProperty]
    public string? Nationalities { get; set; }

    [BindProperty]
    public bool Minor { get; set; }

    [BindProperty]
    public bool Unaccompanied { get; set; }

    public IndicatorList List => DetectionSupport.FindList(ListId) ?? PublicIndicatorLists.DelphiAdultLabour;

    public DetectionResult? Result { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        var nationalities = (Nationalities ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var (result, _, error) = await support.AssessAsync(new DetectionRequest(List.Id, Present, nationalities, Minor, Unaccompanied), HttpContext.RequestAborted);
        Result = result;
        Error = error;
    }
}
