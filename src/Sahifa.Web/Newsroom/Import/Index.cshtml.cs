using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahifa.Web.Accounts;
using Sahifa.Web.Importing;

namespace Sahifa.Web.Newsroom.Import;

/// `/newsroom/import`: an admin uploads a WordPress export and reads the report. The same use
/// case as the command line and the API; the upload's size is capped before the form is read
/// (<see cref="Shared.UploadLimit"/>).
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class IndexModel(ImportWordPress import, IOptions<ImportOptions> options) : PageModel
{
    public const string Route = "/newsroom/import";

    /// The page's name for conventions: it sits under Newsroom/, so the folder's staff rule covers it.
    public const string PagePath = "/Newsroom/Import/Index";

    public ImportReport? Report { get; private set; }

    public string? Error { get; private set; }

    public int MaxUploadMegabytes => options.Value.MaxUploadMegabytes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Refuse("اختر ملف التصدير الذي نزّلته من ووردبريس (أدوات ← تصدير ← كل المحتوى).");
        }

        var temporary = Path.Combine(Path.GetTempPath(), $"sahifa-import-{Guid.NewGuid():N}.xml");
        try
        {
            await using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await file.CopyToAsync(copy, ct);
            }

            Report = await import.RunAsync(temporary, progress: null, ct);
            return Page();
        }
        catch (ImportException e)
        {
            return Refuse(e.Detail, e.Code == ImportException.ImportRunning ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
        }
        finally
        {
            System.IO.File.Delete(temporary);
        }
    }

    private PageResult Refuse(string error, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
