namespace Sahifa.Web.Comments;

/// How replies nest, for a reader's reply and an imported one alike.
public static class CommentThreads
{
    /// Where a reply to <paramref name="parent"/> goes: under it, at most
    /// <paramref name="maxDepth"/> levels deep. A reply to the deepest level joins its parent's
    /// level instead, so a hand-made request cannot nest deeper than the page allows. No parent
    /// starts a thread.
    public static (int? ParentId, int Depth) Place(Comment? parent, int maxDepth) => parent switch
    {
        null => (null, 0),
        _ when parent.Depth + 1 < maxDepth => (parent.Id, parent.Depth + 1),
        _ => (parent.ParentId, parent.Depth),
    };
}
