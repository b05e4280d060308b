using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Sahifa.Web.Media;

/// The markup of a photograph on a page: `<picture>` with a WebP and a JPEG `srcset`, the width and
/// height that reserve its space before it loads, and its alt text. One builder for the article's
/// lead image, inline images in the body (rendered on save) and the cards of archives.
public static class Pictures
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// Article pages: the column is at most 42rem wide (about 670 px) on a wide screen.
    public const string ArticleSizes = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

    /// The front page's lead story spans the column.
    public const string LeadStorySizes = "(min-width: 56rem) 52rem, calc(100vw - 2rem)";

    /// Cards sit two or three to a row on wide screens, one on a phone.
    public const string CardSizes = "(min-width: 72rem) 17rem, (min-width: 36rem) 50vw, calc(100vw - 2rem)";

    /// How the browser should fetch it: the one image above the fold first, the rest when near.
    public enum Loading
    {
        Lead,
        Lazy,
    }

    public static string Picture(MediaView photo, string sizes, Loading loading, string? cssClass = null)
    {
        var html = new StringBuilder(512);
        html.Append("<picture>");
        foreach (var type in photo.Renditions.Select(r => r.ContentType).Distinct().Where(t => t != "image/jpeg"))
        {
            html.Append("<source type=\"").Append(type).Append("\" srcset=\"").Append(SrcSet(photo, type))
                .Append("\" sizes=\"").Append(Encoder.Encode(sizes)).Append("\">");
        }

        var fallback = photo.AtLeast(960);
        html.Append("<img src=\"").Append(Encoder.Encode(fallback.Path))
            .Append("\" srcset=\"").Append(SrcSet(photo, "image/jpeg"))
            .Append("\" sizes=\"").Append(Encoder.Encode(sizes))
            .Append("\" width=\"").Append(photo.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(photo.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\" alt=\"").Append(Encoder.Encode(photo.Alt)).Append('"');
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(Encoder.Encode(cssClass)).Append('"');
        }

        html.Append(loading == Loading.Lead ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"");
        html.Append("></picture>");
        return html.ToString();
    }

    /// The picture with its caption and credit below it.
    public static string Figure(MediaView photo, string sizes, Loading loading, string cssClass = "photo")
    {
        var html = new StringBuilder(768);
        html.Append("<figure class=\"").Append(Encoder.Encode(cssClass)).Append("\">").Append(Picture(photo, sizes, loading));
        if (photo.Caption.Length > 0 || photo.Credit.Length > 0)
        {
            html.Append("<figcaption>");
            if (photo.Caption.Length > 0)
            {
                html.Append("<span class=\"caption\">").Append(Encoder.Encode(photo.Caption)).Append("</span>");
            }

            if (photo.Credit.Length > 0)
            {
                // dir=auto keeps a Latin agency name ("AFP / Delil Souleiman") in its own order.
                html.Append(" <span class=\"credit\" dir=\"auto\">").Append(Encoder.Encode(photo.Credit)).Append("</span>");
            }

            html.Append("</figcaption>");
        }

        html.Append("</figure>");
        return html.ToString();
    }

    private static string SrcSet(MediaView photo, string type) => string.Join(", ",
        photo.Renditions.Where(r => r.ContentType == type)
            .Select(r => Encoder.Encode(r.Path) + " " + r.Width.ToString(CultureInfo.InvariantCulture) + "w"));
}
