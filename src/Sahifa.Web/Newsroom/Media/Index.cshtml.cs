using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Media;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Media;

/// `/newsroom/media`: the photograph library. A plain file input that works without JavaScript,
/// the library newest first, searchable by caption and credit. The upload is the same use case
/// as the API's (<see cref="UploadMedia"/>); its size is capped before the form is read
/// (<see cref="UploadLimit"/>).
public sealed class IndexModel(SahifaDb db, UploadMedia upload, IOptions<MediaOptions> options) : PageModel
{
    public const string Route = "/newsroom/media";
    public const string PagePath = "/Newsroom/Media/Index";
    public const int PageSize = 24;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [BindProperty]
    public UploadForm Form { get; set; } = new();

    public Paged<LibraryItem> Items { get; private set; } = new([], 1, PageSize, 0);
    public Dictionary<string, string> Errors { get; private set; } = [];

    /// The refused file's stable code (as the API names it), beside its Arabic message.
    public string? ProblemCode { get; private set; }
    public int MaxUploadMegabytes => options.Value.MaxUploadMegabytes;

    public sealed class UploadForm
    {
        public IFormFile? File { get; set; }
        public string? Alt { get; set; }
        public string? Caption { get; set; }
        public string? Credit { get; set; }
    }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (pageNumber < 1)
        {
            return NotFound();
        }

        await LoadAsync(pageNumber, ct);
        return Items.Page > 1 && Items.Items.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Form.File is not { Length: > 0 } file)
        {
            ProblemCode = PhotoProblem.Empty.Code;
            return await RefuseAsync("file", PhotoProblem.Empty.Message, ct);
        }

        if (file.Length > options.Value.MaxUploadBytes)
        {
            ProblemCode = "file_too_large";
            return await RefuseAsync("file", PhotoProblem.TooLarge(options.Value.MaxUploadMegabytes).Message, ct);
        }

        var bytes = await MediaApi.ReadAsync(file, ct);
        var input = new MediaInput { Alt = Form.Alt, Caption = Form.Caption, Credit = Form.Credit };
        switch (await upload.UploadAsync(bytes, input, User, ct))
        {
            case UploadMedia.Outcome.Invalid invalid:
                Errors = invalid.Errors;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await LoadAsync(1, ct);
                return Page();
            case UploadMedia.Outcome.Refused refused:
                ProblemCode = refused.Problem.Code;
                return await RefuseAsync("file", refused.Problem.Message, ct);
            case UploadMedia.Outcome.Stored stored:
                TempData["Notice"] = stored.Created
                    ? "أُضيفت الصورة إلى المكتبة، وأُزيلت منها بيانات الموقع والكاميرا."
                    : "هذه الصورة في المكتبة من قبل؛ هذه هي.";
                return new SeeOtherResult(ItemModel.UrlOf(stored.Id));
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query, ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Route, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    private async Task<PageResult> RefuseAsync(string field, string message, CancellationToken ct)
    {
        Errors[field] = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(1, ct);
        return Page();
    }

    private async Task LoadAsync(int pageNumber, CancellationToken ct)
    {
        var (items, total) = await db.LibraryAsync(Query, pageNumber, PageSize, ct);
        Items = new Paged<LibraryItem>(items, pageNumber, PageSize, total);
    }
}
