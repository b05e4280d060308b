using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;
using Sahifa.Web.Media;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Media;

/// `/newsroom/media/{id}`: one photograph, its renditions, the articles that show it, and the
/// form that corrects its alt text, caption and credit (<see cref="DescribeMedia"/>).
public sealed class ItemModel(SahifaDb db, DescribeMedia describe) : PageModel
{
    public static string UrlOf(int id) => string.Create(CultureInfo.InvariantCulture, $"{IndexModel.Route}/{id}");

    [BindProperty]
    public DescriptionForm Form { get; set; } = new();

    public LibraryItem? Item { get; private set; }
    public IReadOnlyList<(int Id, string Headline, bool Lead)> UsedIn { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    public sealed class DescriptionForm
    {
        public string? Alt { get; set; }
        public string? Caption { get; set; }
        public string? Credit { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var photo = Item!.Photo;
        Form = new DescriptionForm { Alt = photo.Alt, Caption = photo.Caption, Credit = photo.Credit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var input = new MediaInput { Alt = Form.Alt, Caption = Form.Caption, Credit = Form.Credit };
        switch (await describe.DescribeAsync(id, input, StaffActor.From(HttpContext), ct))
        {
            case DescribeMedia.Outcome.NotFound:
                return NotFound();
            case DescribeMedia.Outcome.Invalid invalid:
                Errors = invalid.Errors;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await LoadAsync(id, ct);
                return Page();
            case DescribeMedia.Outcome.Saved saved:
                TempData["Notice"] = saved.Articles > 0
                    ? $"حُفظ الوصف، وتحدّثت المواد التي تعرض الصورة ({saved.Articles})."
                    : "حُفظ الوصف.";
                return new SeeOtherResult(UrlOf(id));
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    /// What a writer pastes into an article's body to place the photograph there: the alt text
    /// and caption can be changed in the Markdown for that one article.
    public static string Markdown(MediaView photo) =>
        $"![{Escape(photo.Alt)}]({photo.Largest.Path}{(photo.Caption.Length > 0 ? $" \"{photo.Caption.Replace("\"", "'", StringComparison.Ordinal)}\"" : "")})";

    private static string Escape(string alt) => alt.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Item = await db.LibraryItemAsync(id, ct);
        if (Item is null)
        {
            return false;
        }

        UsedIn = (await db.Articles.AsNoTracking().Showing(id)
                .OrderByDescending(a => a.UpdatedAt)
                .Select(a => new { a.Id, a.Headline, Lead = a.LeadImageId == id })
                .Take(50)
                .ToListAsync(ct))
            .Select(a => (a.Id, a.Headline, a.Lead)).ToList();
        return true;
    }
}
