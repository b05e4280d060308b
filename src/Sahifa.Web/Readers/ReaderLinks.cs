namespace Sahifa.Web.Readers;

public static class ReaderLinks
{
    /// Counts links the way a reader would see them, bare "www." ones included.
    public static int Count(string text)
    {
        var count = 0;
        foreach (var marker in (string[])["http://", "https://", "www."])
        {
            for (var i = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.OrdinalIgnoreCase))
            {
                // "https://www.x" is one link, not two.
                if (marker == "www." && i >= 2 && text[i - 1] == '/' && text[i - 2] == '/')
                {
                    continue;
                }

                count++;
            }
        }

        return count;
    }
}
