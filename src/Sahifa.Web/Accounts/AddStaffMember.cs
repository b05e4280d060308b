using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Sahifa.Web.Audit;

namespace Sahifa.Web.Accounts;

/// An admin adds a member of staff from `/newsroom/staff/new`. The first admin still comes only
/// from `sahifa users add`: there is no page that makes an account without an admin signed in.
public sealed class AddStaffMember(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, AuditTrail audit, TimeProvider clock)
{
    public sealed record Input(string? Email, string? Role, string? Password, bool GeneratePassword);

    /// The account's id, and the password when it was generated (to show once), or the errors.
    public sealed record Outcome(string? Id, string? GeneratedPassword, IReadOnlyDictionary<string, string> Errors);

    public static Dictionary<string, string> Validate(Input input)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var email = input.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors["email"] = "اكتب البريد الإلكتروني للعضو الجديد.";
        }
        else if (email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            errors["email"] = "هذا ليس عنوان بريد إلكتروني صحيحًا.";
        }

        if (input.Role is null || !StaffRoles.All.Contains(input.Role))
        {
            errors["role"] = "اختر دورًا: كاتب أو محرر أو مدير.";
        }

        if (!input.GeneratePassword && string.IsNullOrEmpty(input.Password))
        {
            errors["password"] = "اكتب كلمة مرور، أو اختر أن تُولَّد واحدة.";
        }

        return errors;
    }

    public async Task<Outcome> AddAsync(Input input, CancellationToken ct)
    {
        var errors = Validate(input);
        var email = input.Email?.Trim() ?? "";
        if (errors.Count == 0 && await users.FindByEmailAsync(email) is not null)
        {
            errors["email"] = "لهذا البريد الإلكتروني حساب في الفريق بالفعل.";
        }

        if (errors.Count > 0)
        {
            return new Outcome(null, null, errors);
        }

        var password = input.GeneratePassword ? GeneratePassword() : input.Password!;
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email";
                errors[field] = errors.TryGetValue(field, out var earlier) ? $"{earlier} {error.Description}" : error.Description;
            }

            return new Outcome(null, null, errors);
        }

        if (!await roles.RoleExistsAsync(input.Role!))
        {
            await roles.CreateAsync(new IdentityRole(input.Role!));
        }

        audit.Add(AuditActions.StaffCreated, email, $"الدور: {StaffRoles.Label(input.Role!)}");
        await users.AddToRoleAsync(user, input.Role!);
        return new Outcome(user.Id, input.GeneratePassword ? password : null, errors);
    }

    /// Twenty letters and digits without the ones people misread (0/O, 1/l/I): about 117 bits,
    /// and easy to read out over the phone to a reporter in the field.
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
