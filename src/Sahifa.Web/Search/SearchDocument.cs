using System.Net;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Search;

/// An article as the index needs it, read in one query.
public sealed record IndexedArticle(
    int Id,
    string Slug,
    string Headline,
    string Standfirst,
    string BodyHtml,
    TypeOfWork TypeOfWork,
    ArticleStatus Status,
    DateTime? PublishedAt,
    string SectionName,
    string SectionSlug,
    string? DeskName,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Sources,
    IReadOnlyList<IndexedTag> Tags,
    string Edition = Editions.Edition.Arabic)
{
    /// Published and scheduled articles are indexed even when dated in the future: the query hides them until
    /// their time, so a scheduled story appears on the minute with no change to wait for.
    public bool IsIndexed => Status is ArticleStatus.Published or ArticleStatus.Scheduled && PublishedAt is not null;
}

public sealed record IndexedTag(string Name, string Slug);

/// The index's fields, said once for the writer, the query and the tests. The text fields and
/// `year` are per edition (<see cref="SearchLanguage.Field"/>): `title` in Arabic, `en.title` in
/// English; the rest are shared.
public static class SearchDocument
{
    public const string Id = "id";
    public const string Edition = "edition";
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Standfirst = "standfirst";
    public const string Body = "body";
    public const string Section = "section";
    public const string Tags = "tags";
    public const string Sources = "sources";
    public const string Byline = "byline";
    public const string SectionSlug = "section_slug";
    public const string TagSlug = "tag_slug";
    public const string Type = "type";
    public const string Published = "published";
    public const string Year = "year";

    // Doc values for facets and sorting: "slug\u001Fname", so a facet link and its label come
    // from the same value.
    public const string SectionFacet = "section_facet";
    public const string TagFacet = "tag_facet";
    public const string TypeFacet = "type_facet";
    public const string PublishedValue = "published_value";

    public const char FacetSeparator = '\u001F';

    /// Searched fields and their weights: the headline counts most, then tags and bylines.
    public static readonly IReadOnlyList<(string Field, float Boost)> Searched =
    [
        (Title, 4f), (Tags, 2.5f), (Byline, 2f), (Standfirst, 1.5f), (Section, 1.5f), (Sources, 1.2f), (Body, 1f),
    ];

    public static IQueryable<IndexedArticle> ToIndexed(this IQueryable<Article> articles) =>
        articles.Select(a => new IndexedArticle(
            a.Id, a.Slug, a.Headline, a.Standfirst, a.BodyHtml, a.TypeOfWork, a.Status, a.PublishedAt,
            a.Section.Name, a.Section.Slug, a.DeskName,
            a.Authors.OrderBy(x => x.Position).Select(x => x.Author.Name).ToList(),
            a.Sources.OrderBy(x => x.Position).Select(x => x.Source.Name).ToList(),
            a.Tags.OrderBy(x => x.Position).Select(x => new IndexedTag(x.Tag.Name, x.Tag.Slug)).ToList(),
            a.Edition));

    public static Task<List<IndexedArticle>> IndexedArticlesAsync(this SahifaDb db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToIndexed().AsSplitQuery().ToListAsync(ct);

    public static Term IdTerm(int id) => new(Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Document ToDocument(IndexedArticle article)
    {
        var language = SearchLanguage.For(article.Edition);
        var published = article.PublishedAt!.Value.Ticks;
        var doc = new Document
        {
            new StringField(Id, article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(Edition, article.Edition, Field.Store.YES),
            new StoredField(Slug, article.Slug),
            new StringField(SectionSlug, article.SectionSlug, Field.Store.NO),
            new StringField(Type, ArticleLabels.Code(article.TypeOfWork), Field.Store.YES),
            new Int64Field(Published, published, Field.Store.YES),
            new StringField(language.Field(Year), article.PublishedAt.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(PublishedValue, published),
            new SortedDocValuesField(SectionFacet, new BytesRef(article.SectionSlug + FacetSeparator + article.SectionName)),
            new SortedDocValuesField(TypeFacet, new BytesRef(ArticleLabels.Code(article.TypeOfWork))),
            new StoredField(SectionSlug + "_stored", article.SectionSlug),
        };

        // The original text is stored only once, in the stemmed field; the snippet is cut from it.
        AddText(doc, language.Field(Title), article.Headline, store: true);
        AddText(doc, language.Field(Standfirst), article.Standfirst, store: true);
        AddText(doc, language.Field(Body), PlainText.FromHtml(article.BodyHtml), store: true);
        AddText(doc, language.Field(Section), article.SectionName, store: true);
        foreach (var name in article.Authors.Count > 0 ? article.Authors : [article.DeskName ?? ""])
        {
            AddText(doc, language.Field(Byline), name, store: false);
        }

        foreach (var source in article.Sources)
        {
            AddText(doc, language.Field(Sources), source, store: false);
        }

        foreach (var tag in article.Tags)
        {
            AddText(doc, language.Field(Tags), tag.Name, store: false);
            doc.Add(new StringField(TagSlug, tag.Slug, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(TagFacet, new BytesRef(tag.Slug + FacetSeparator + tag.Name)));
        }

        return doc;
    }

    private static void AddText(Document doc, string field, string text, bool store)
    {
        if (text.Length == 0)
        {
            return;
        }

        doc.Add(new TextField(field, text, store ? Field.Store.YES : Field.Store.NO));
        doc.Add(new TextField(field + SahifaAnalyzer.ExactSuffix, text, Field.Store.NO));
    }
}

/// The readable text of sanitised article HTML: tags out, entities decoded, blocks apart.
public static class PlainText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br", "tr", "td", "th", "figcaption", "div", "pre",
    };

    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                text.Append(html, i, (next < 0 ? html.Length : next) - i);
                i = next < 0 ? html.Length : next;
                continue;
            }

            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                break;
            }

            var name = html.AsSpan(i + 1, close - i - 1).TrimStart('/');
            var nameEnd = name.IndexOfAny(' ', '/', '\t');
            if (BlockTags.Contains((nameEnd < 0 ? name : name[..nameEnd]).ToString()) && text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }

            i = close + 1;
        }

        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }
}
