using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace OpenNrm.Web.Features.Access;

/// <summary>
/// Refuses passwords found in breach lists, and passwords that contain the account's own e-mail name
/// (OWASP ASVS 5.0 V6.2: check against a list of commonly used passwords).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private readonly HashSet<string> _common;

    public CommonPasswordValidator(IConfiguration configuration)
    {
        _common = new HashSet<string>(Load(configuration["OpenNrm:Security:CommonPasswordsFile"]), StringComparer.OrdinalIgnoreCase);
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordRequired", Description = "A password is required." }));
        }

        var localPart = (user.Email ?? user.UserName ?? string.Empty).Split('@')[0];
        if (_common.Contains(password.Trim()) || (localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is too common or contains your user name. Choose a longer phrase of your own.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static List<string> Load(string? path)
    {
        using var stream = path is { Length: > 0 }
            ? File.OpenRead(path)
            : typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("OpenNrm.CommonPasswords.txt")
              ?? throw new InvalidOperationException("The embedded common-password list is missing.");
        using var reader = new StreamReader(stream);
        var list = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                list.Add(line.Trim());
            }
        }

        return list;
    }
}
