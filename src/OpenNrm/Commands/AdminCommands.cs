using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Hosting;

namespace OpenNrm.Commands;

internal static class AdminCommands
{
    /// <summary>The first administrator of a new deployment. They enrol their second factor at first sign-in.</summary>
    public static Command CreateAdmin()
    {
        var email = new Option<string>("--email") { Description = "E-mail address (the sign-in name).", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", DefaultValueFactory = _ => "Administrator" };
        var command = new Command("create-admin", "Create an administrator account in the system administration organisation.") { email, name };
        command.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            await Startup.InitialiseAsync(sp, ct);
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            // Given through the environment, never as an argument that would stay in the shell history.
            var password = Environment.GetEnvironmentVariable("OPENNRM_ADMIN_PASSWORD") is { Length: > 0 } given
                ? given
                : Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = parse.GetValue(email),
                Email = parse.GetValue(email),
                EmailConfirmed = true,
                DisplayName = parse.GetValue(name)!,
                OrganisationId = BelgianReferenceData.IdFor("SYSADMIN"),
                CreatedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow(),
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
                return 2;
            }

            await users.AddToRoleAsync(user, nameof(Role.Administrator));
            sp.GetRequiredService<AuditLog>().Record(AuditEventType.UserCreated, "User", user.Id.ToString(), details: "create-admin");
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(ct);
            Console.WriteLine($"Administrator {user.Email} created.");
            if (Environment.GetEnvironmentVariable("OPENNRM_ADMIN_PASSWORD") is not { Length: > 0 })
            {
                Console.WriteLine($"Temporary password: {password}");
            }

            Console.WriteLine("At first sign-in they enrol an authenticator app (required).");
            return 0;
        }));
        return command;
    }
}
