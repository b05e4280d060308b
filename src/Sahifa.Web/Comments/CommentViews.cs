namespace Sahifa.Web.Comments;

/// The comments section under an article: the thread, the "awaiting moderation" notice when the
/// URL asks for it, and an empty form.
public sealed record CommentThreadView(int ArticleId, CommentThread Thread, int? Awaiting, CommentFormView Form);

public sealed record CommentNodeView(int ArticleId, CommentThread Thread, CommentNode Node);
