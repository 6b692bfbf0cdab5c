using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

/// <summary>The officer ticks what they saw; the page answers with the Delphi rule and their duties under the Circular.</summary>
[RequirePermission(Permission.DetectionAssess)]
public sealed class AssessModel(DetectionSupport support, Indicators.IndicatorListCatalogue lists) : PageModel
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

    public IndicatorList List { get; private set; } = PublicIndicatorLists.DelphiAdultLabour;

    /// <summary>The lists in force: shipped and imported.</summary>
    public IReadOnlyList<Indicators.IndicatorListChoice> Choices { get; private set; } = [];

    public DetectionResult? Result { get; private set; }

    public string? Error { get; private set; }

    public Task OnGetAsync() => LoadListsAsync();

    public async Task OnPostAsync()
    {
        await LoadListsAsync();
        var nationalities = (Nationalities ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var (result, _, error) = await support.AssessAsync(new DetectionRequest(List.Id, Present, nationalities, Minor, Unaccompanied), HttpContext.RequestAborted);
        Result = result;
        Error = error;
    }

    private async Task LoadListsAsync()
    {
        Choices = await lists.ChoicesAsync(HttpContext.RequestAborted);
        List = await support.FindListAsync(ListId, HttpContext.RequestAborted) ?? PublicIndicatorLists.DelphiAdultLabour;
    }
}
