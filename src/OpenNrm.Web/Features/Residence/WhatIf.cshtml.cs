using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Residence;

/// <summary>
/// Adds hypothetical events to a procedure's real history and shows what the law would then say: "if the
/// prosecutor confirms the criteria next week, when could the A-card be issued?" Nothing is stored; the
/// hypothetical events travel in the form.
/// </summary>
[RequirePermission(Permission.ProceduresSimulate)]
public sealed class WhatIfModel(ResidenceService residence) : PageModel
{
    public const int MaxHypotheticalEvents = 20;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<ProcedureEventInput> Hypothetical { get; set; } = [];

    [BindProperty]
    public ProcedureEventInput Input { get; set; } = new(null, null);

    [BindProperty]
    public DateOnly? AsOf { get; set; }

    public EvaluationView? Evaluation { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await EvaluateAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (Hypothetical.Count >= MaxHypotheticalEvents)
        {
            Message = "At most twenty hypothetical events.";
        }
        else
        {
            Hypothetical.Add(Input);
        }

        ModelState.Clear();
        return await EvaluateAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int index)
    {
        if (index >= 0 && index < Hypothetical.Count)
        {
            Hypothetical.RemoveAt(index);
        }

        ModelState.Clear();
        return await EvaluateAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEvaluateAsync()
    {
        ModelState.Clear();
        return await EvaluateAsync() ? Page() : NotFound();
    }

    private async Task<bool> EvaluateAsync()
    {
        var result = await residence.SimulateAsync(Id, Hypothetical, AsOf is { } d ? LocalDate.FromDateOnly(d) : null, HttpContext.RequestAborted);
        if (result is not { } r)
        {
            return false;
        }

        Evaluation = r.Evaluation;
        if (r.MissingField is not null)
        {
            Message ??= "A hypothetical event lacks a field its kind needs; remove it and add it again.";
        }

        return true;
    }
}
