using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// The assistance plan of a support case: actions (planned, started, done, cancelled under
/// <see cref="PlanActionRules"/>) and goals with their reviews. Only an open support case's plan changes.
/// </summary>
public sealed class SupportPlanService(AppDbContext db, CurrentUser me, SupportAccess access, SupportViews views, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<SupportResult<SupportCaseView>> PlanAsync(Guid id, PlanActionInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.Type is { } t && Enum.IsDefined(t), "type", "This field is required.")
            .RequireText(input.Provider, "provider", SupportLimits.Provider)
            .Require(input.Start is not null, "start", "This field is required.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var (support, failure) = await OpenCaseAsync(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var planned = PlanActionRules.Plan(input.Type!.Value, input.Provider!, LocalDate.FromDateOnly(input.Start!.Value),
            input.End is { } end ? LocalDate.FromDateOnly(end) : null);
        if (!planned.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(planned.Refusal);
        }

        var action = new PlanActionRecord(Guid.CreateVersion7(), support.Id, planned.Value, me.UserId!.Value, clock.GetUtcNow());
        db.SupportPlanActions.Add(action);
        audit.Record(AuditEventType.SupportActionPlanned, "SupportCase", support.Id.ToString(), details: $"action {action.Id} {action.Type}");
        return await SaveAsync(support, ct);
    }

    public async Task<SupportResult<SupportCaseView>> MoveAsync(Guid id, Guid actionId, MoveActionInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.Status is { } s && Enum.IsDefined(s), "status", "This field is required.")
            .Require(input.On is not null, "on", "This field is required.")
            .Require(input.On is null || LocalDate.FromDateOnly(input.On.Value) <= LegalCalendar.Today(clock), "on",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var (support, failure) = await OpenCaseAsync(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var action = await db.SupportPlanActions.FirstOrDefaultAsync(a => a.Id == actionId && a.SupportCaseId == support.Id, ct);
        if (action is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        var moved = PlanActionRules.Move(action.ToDomain(), input.Status!.Value, LocalDate.FromDateOnly(input.On!.Value));
        if (!moved.IsAccepted)
        {
            return SupportResults.Refused<SupportCaseView>(moved.Refusal);
        }

        action.Keep(moved.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.SupportActionMoved, "SupportCase", support.Id.ToString(), details: $"action {action.Id} {action.Status}");
        return await SaveAsync(support, ct);
    }

    public async Task<SupportResult<SupportCaseView>> SetGoalAsync(Guid id, GoalInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.Area is { } a && Enum.IsDefined(a), "area", "This field is required.")
            .RequireText(input.Description, "description", SupportLimits.GoalDescription)
            .Require(input.SetOn is not null, "setOn", "This field is required.")
            .Require(input.SetOn is null || LocalDate.FromDateOnly(input.SetOn.Value) <= LegalCalendar.Today(clock), "setOn",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var (support, failure) = await OpenCaseAsync(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var goal = new SupportGoalRecord(Guid.CreateVersion7(), support.Id, input.Area!.Value, input.Description!.Trim(), LocalDate.FromDateOnly(input.SetOn!.Value),
            me.UserId!.Value, clock.GetUtcNow());
        db.SupportGoals.Add(goal);
        audit.Record(AuditEventType.SupportGoalSet, "SupportCase", support.Id.ToString(), details: $"goal {goal.Id} {goal.Area}");
        return await SaveAsync(support, ct);
    }

    /// <summary>A review moves the next one (intervals count from the last real review); reached or dropped closes the goal.</summary>
    public async Task<SupportResult<SupportCaseView>> ReviewGoalAsync(Guid id, Guid goalId, GoalReviewInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.ReviewedOn is not null, "reviewedOn", "This field is required.")
            .Require(input.ReviewedOn is null || LocalDate.FromDateOnly(input.ReviewedOn.Value) <= LegalCalendar.Today(clock), "reviewedOn",
                "A date in the future cannot be recorded as having happened.")
            .Require(input.Decision is { } d && Enum.IsDefined(d), "decision", "This field is required.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SupportCaseView>(v);
        }

        var (support, failure) = await OpenCaseAsync(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var goal = await db.SupportGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.SupportCaseId == support.Id, ct);
        if (goal is null)
        {
            return SupportResults.NotFound<SupportCaseView>();
        }

        if (goal.IsClosed)
        {
            return SupportResults.Conflict<SupportCaseView>(localizer["This goal was reached or dropped: it needs no more reviews."]);
        }

        var on = LocalDate.FromDateOnly(input.ReviewedOn!.Value);
        if (on < (goal.LastReviewedOn ?? goal.SetOn))
        {
            return SupportResults.Invalid<SupportCaseView>(v.Require(false, "reviewedOn", "A review cannot be dated before the goal was set or before its last review."));
        }

        goal.Reviewed(on, input.Decision!.Value);
        db.SupportGoalReviews.Add(new GoalReviewRecord(Guid.CreateVersion7(), goal.Id, on, input.Decision.Value, me.UserId!.Value, clock.GetUtcNow()));
        audit.Record(AuditEventType.SupportGoalReviewed, "SupportCase", support.Id.ToString(), details: $"goal {goal.Id} {input.Decision}");
        return await SaveAsync(support, ct);
    }

    private async Task<(SupportCase? Support, SupportResult<SupportCaseView>? Failure)> OpenCaseAsync(Guid id, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct);
        if (support is null)
        {
            return (null, SupportResults.NotFound<SupportCaseView>());
        }

        return support.IsOpen
            ? (support, null)
            : (null, SupportResults.Conflict<SupportCaseView>(localizer["This support case is closed: its record no longer changes."]));
    }

    private async Task<SupportResult<SupportCaseView>> SaveAsync(SupportCase support, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SupportResults.Conflict<SupportCaseView>(localizer["Someone else changed this record in the meantime. Reload it and apply your change again."]);
        }

        return SupportResults.Done<SupportCaseView>(await views.ViewAsync(support, ct));
    }
}
