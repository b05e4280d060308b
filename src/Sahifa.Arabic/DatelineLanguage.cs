namespace Sahifa.Arabic;

/// <summary>The language a dateline is written in; each has its own month and weekday tables.</summary>
public enum DatelineLanguage
{
    /// <summary>Arabic, in the month style the options name: "الأحد 21 فبراير/شباط 2021، 14:30".</summary>
    Arabic,

    /// <summary>English: "Sunday 21 February 2021, 14:30".</summary>
    English,

    /// <summary>Central Kurdish (Sorani), in Arabic script: "یەکشەممە 21ی شوباتی 2021، 14:30".</summary>
    Sorani,

    /// <summary>Northern Kurdish (Kurmanji), in Latin script: "Yekşem 21 Sibat 2021, 14:30".</summary>
    Kurmanji,
}
