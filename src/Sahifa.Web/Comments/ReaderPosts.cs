using Sahifa.Web.Readers;

namespace Sahifa.Web.Comments;

// Kept for the importer until it moves (issue 20): the readers' form rules now live in Readers/
// (ReaderEmail.Key, ReaderText.Clean).
public static class ReaderPosts
{
    public static string EmailKey(string email) => ReaderEmail.Key(email);
}

// Kept for the importer until it moves (issue 20).
public static class CommentText
{
    public static string Clean(string text) => ReaderText.Clean(text);
}
