namespace Sahifa.Web.Audit;

/// The codes written to the audit log, with the Arabic an admin reads on the log page.
public static class AuditActions
{
    public const string SignedIn = "account.signed-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    public const string SignedOut = "account.signed-out";
    public const string SignedOutEverywhere = "account.signed-out-everywhere";
    public const string PasswordChanged = "account.password-changed";
    public const string TwoFactorEnabled = "account.two-factor-enabled";
    public const string TwoFactorDisabled = "account.two-factor-disabled";
    public const string RecoveryCodesRenewed = "account.recovery-codes-renewed";
    public const string StaffCreated = "staff.created";
    public const string RoleChanged = "staff.role-changed";
    public const string StaffDeleted = "staff.deleted";
    public const string StaffLocked = "staff.locked";
    public const string StaffUnlocked = "staff.unlocked";
    public const string StaffPasswordReset = "staff.password-reset";
    public const string StaffTwoFactorReset = "staff.two-factor-reset";
    public const string ArticleCreated = "article.created";
    public const string ArticleSubmitted = "article.submitted";
    public const string ArticlePublished = "article.published";
    public const string ArticleScheduled = "article.scheduled";
    public const string ArticleUnpublished = "article.unpublished";
    public const string ArticleDeleted = "article.deleted";
    public const string RevisionRestored = "article.revision-restored";
    public const string SettingsChanged = "settings.changed";
    public const string CommentApproved = "comment.approved";
    public const string CommentSpam = "comment.spam";
    public const string CommentTrashed = "comment.trashed";
    public const string CommentReturned = "comment.returned";
    public const string CommentsClosed = "comments.closed";
    public const string CommentsOpened = "comments.opened";
    public const string CorrectionAccepted = "correction.accepted";
    public const string CorrectionDeclined = "correction.declined";
    public const string CorrectionAdded = "correction.added";
    public const string MediaDescribed = "media.described";
    public const string EquivalentsChanged = "search.equivalents-changed";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [SignedIn] = "دخول",
        [SignInFailed] = "محاولة دخول فاشلة",
        [LockedOut] = "قفل الحساب بعد محاولات فاشلة",
        [SignedOut] = "خروج",
        [SignedOutEverywhere] = "خروج من كل الأجهزة",
        [PasswordChanged] = "تغيير كلمة المرور",
        [TwoFactorEnabled] = "تفعيل التحقق بخطوتين",
        [TwoFactorDisabled] = "تعطيل التحقق بخطوتين",
        [RecoveryCodesRenewed] = "رموز استرداد جديدة",
        [StaffCreated] = "إضافة حساب",
        [RoleChanged] = "تغيير دور",
        [StaffDeleted] = "حذف حساب",
        [StaffLocked] = "إيقاف حساب",
        [StaffUnlocked] = "إعادة تفعيل حساب",
        [StaffPasswordReset] = "كلمة مرور مؤقتة من المدير",
        [StaffTwoFactorReset] = "إلغاء التحقق بخطوتين من المدير",
        [ArticleCreated] = "إنشاء مقال",
        [ArticleSubmitted] = "إرسال للمراجعة",
        [ArticlePublished] = "نشر",
        [ArticleScheduled] = "جدولة",
        [ArticleUnpublished] = "سحب من النشر",
        [ArticleDeleted] = "حذف مقال",
        [RevisionRestored] = "استعادة نسخة",
        [SettingsChanged] = "تغيير الإعدادات",
        [CommentApproved] = "موافقة على تعليق",
        [CommentSpam] = "تعليق مزعج",
        [CommentTrashed] = "حذف تعليق",
        [CommentReturned] = "إعادة تعليق إلى المراجعة",
        [CommentsClosed] = "إغلاق التعليقات",
        [CommentsOpened] = "فتح التعليقات",
        [CorrectionAccepted] = "قبول طلب تصحيح",
        [CorrectionDeclined] = "رفض طلب تصحيح",
        [CorrectionAdded] = "نشر تصحيح",
        [MediaDescribed] = "تعديل وصف صورة",
        [EquivalentsChanged] = "تعديل مرادفات البحث",
    };

    /// How an article is named in the log, the same wherever it is written, so it can be searched.
    public static string ArticleSubject(int id, string headline) => $"مقال {id}: «{headline}»";

    public static string Label(string action) => Labels.GetValueOrDefault(action, action);

    /// Every known code, in the order the log page offers them as filters.
    public static IEnumerable<string> All => Labels.Keys;
}
