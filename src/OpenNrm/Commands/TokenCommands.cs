using System.CommandLine;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Commands;

internal static class TokenCommands
{
    public static Command Token()
    {
        var user = new Option<string>("--user") { Description = "E-mail address of the account the token acts for.", Required = true };
        var days = new Option<int>("--days") { Description = "Days until the token expires (1-365).", DefaultValueFactory = _ => 30 };
        var name = new Option<string>("--name") { Description = "What the token is for.", DefaultValueFactory = _ => "script" };
        var create = new Command("create", "Create a bearer token; the secret is printed once.") { user, days, name };
        create.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            var token = await sp.GetRequiredService<ApiTokens>().CreateAsync(parse.GetValue(user)!, parse.GetValue(days), parse.GetValue(name)!, ct);
            Console.WriteLine($"Token id: {token.Id}");
            Console.WriteLine($"Expires:  {token.ExpiresAt:u}");
            Console.WriteLine($"Secret (shown once): {token.Secret}");
            return 0;
        }));

        var id = new Option<Guid>("--id") { Description = "The token id printed at creation.", Required = true };
        var revoke = new Command("revoke", "Revoke a token at once.") { id };
        revoke.SetAction((parse, ct) => CommandLine.WithServicesAsync(async sp =>
        {
            var found = await sp.GetRequiredService<ApiTokens>().RevokeAsync(parse.GetValue(id), ct);
            Console.WriteLine(found ? "Token revoked." : "No token with this id.");
            return found ? 0 : 1;
        }));

        return new Command("token", "Bearer tokens for scripts and other systems.") { create, revoke };
    }
}
