namespace Sahifa.Web.Feeds;

/// `Sahifa:Feeds` in configuration.
public sealed class FeedOptions
{
    public const int MaxItems = 100;

    // How many of the newest articles each feed carries.
    public int Items { get; set; } = 20;

    // The whole article in the feed, or only the headline and standfirst (readers then click
    // through). Whole is what most feed readers expect and what readers on slow networks prefer.
    public bool FullContent { get; set; } = true;
}
