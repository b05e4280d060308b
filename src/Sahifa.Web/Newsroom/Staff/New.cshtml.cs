using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Accounts;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Staff;

/// `/newsroom/staff/new`. A generated password is shown on the answer to this form and nowhere
/// else; either way the new member must choose their own at the first sign-in.
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class NewModel(AddStaffMember add) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; } = StaffRoles.Writer;

    [BindProperty]
    public string PasswordChoice { get; set; } = "generate";

    [BindProperty]
    public string? Password { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? AddedId { get; private set; }

    public string? GeneratedPassword { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await add.AddAsync(new AddStaffMember.Input(Email, Role, Password, PasswordChoice != "set"), ct);
        if (outcome.Errors.Count > 0)
        {
            Errors = outcome.Errors;
            Password = null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (outcome.GeneratedPassword is null)
        {
            TempData["Notice"] = $"أُضيف {Email!.Trim()} إلى الفريق.";
            return new SeeOtherResult(Url.Page("/Newsroom/Staff/Index")!);
        }

        AddedId = outcome.Id;
        GeneratedPassword = outcome.GeneratedPassword;
        return Page();
    }
}
