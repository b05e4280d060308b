namespace Sahifa.Arabic;

/// <summary>Which digit shapes a site prints numbers in.</summary>
public enum DigitStyle
{
    /// <summary>0123456789, as most Arabic news sites online use.</summary>
    Western,

    /// <summary>٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669).</summary>
    Eastern,
}
