using Sahifa.Arabic;

namespace Sahifa.Web.Shared;

/// The newsroom's identity and house conventions, from `Sahifa:Site` in configuration.
public sealed class SiteOptions
{
    public string Name { get; set; } = "صحيفة";
    public string Tagline { get; set; } = "أخبار الجزيرة السورية كما هي، بمصادرها وتصحيحاتها";

    // The byline used when an article is signed by no named author.
    public string DefaultDesk { get; set; } = "قسم الأخبار";

    public MonthStyle MonthStyle { get; set; } = MonthStyle.Both;
    public DigitStyle Digits { get; set; } = DigitStyle.Western;
    public bool ShowHijriDate { get; set; }
    public string TimeZone { get; set; } = "Asia/Damascus";
}
