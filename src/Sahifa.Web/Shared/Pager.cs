namespace Sahifa.Web.Shared;

/// What the pager partial needs: where we are and how to link to another page.
public sealed record Pager(int Page, int PageCount, Func<int, string> Url);
