using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Notices;

/// <summary>Section "OpenNrm:Smtp". No host: notices stay in the application only.</summary>
public sealed record SmtpOptions(string? Host, int Port, bool EnableSsl, string Sender, string? User, string? Password)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static SmtpOptions Read(IConfiguration configuration)
    {
        var s = configuration.GetSection("OpenNrm:Smtp");
        return new(s["Host"], s.GetValue<int?>("Port") ?? 25, s.GetValue<bool?>("EnableSsl") ?? true, s["From"] ?? "opennrm@localhost", s["User"], s["Password"]);
    }
}

/// <summary>
/// Sends each new notice once by e-mail to the people it is for. The message carries the file reference and the
/// date only, and asks the reader to sign in: e-mail leaves the system, so it carries nothing about the person.
/// </summary>
public sealed class NoticeMailer(AppDbContext db, SmtpOptions smtp, NoticeService notices, TimeProvider clock, ILogger<NoticeMailer> logger)
{
    private const int Batch = 100;

    public async Task<int> SendPendingAsync(CancellationToken ct)
    {
        if (!smtp.IsConfigured)
        {
            return 0;
        }

        var pending = await db.Notices.Where(n => n.EmailedAt == null).OrderBy(n => n.CreatedAt).Take(Batch).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (smtp.User is not null)
        {
            client.Credentials = new NetworkCredential(smtp.User, smtp.Password);
        }

        var sent = 0;
        foreach (var notice in pending)
        {
            var to = await RecipientsAsync(notice, ct);
            if (to.Count > 0)
            {
                using var message = new MailMessage { From = new MailAddress(smtp.Sender), Subject = "OpenNRM: " + notice.CaseReference, Body = notices.Text(notice) + "\n\nSign in to OpenNRM to see the file." };
                foreach (var address in to)
                {
                    message.Bcc.Add(address);
                }

                try
                {
                    await client.SendMailAsync(message, ct);
                }
                catch (SmtpException ex)
                {
                    logger.LogWarning(ex, "Notice {Notice} could not be e-mailed; it stays in the application and is retried", notice.Id);
                    break;
                }
            }

            notice.MarkEmailed(clock.GetUtcNow());
            sent++;
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }

    private async Task<List<string>> RecipientsAsync(Notice notice, CancellationToken ct)
    {
        var users = db.Users.Where(u => u.OrganisationId == notice.OrganisationId && !u.IsDisabled && u.Email != null);
        if (notice.RecipientUserId is { } one)
        {
            users = users.Where(u => u.Id == one);
        }

        var candidates = await users.Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var roleNames = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => ids.Contains(x.UserId)).ToListAsync(ct);
        return candidates.Where(c => roleNames.Any(r => r.UserId == c.Id && Enum.TryParse<Role>(r.Name, out var role) && PermissionMatrix.Allows(role, Permission.NoticesRead)))
            .Select(c => c.Email!).ToList();
    }
}
