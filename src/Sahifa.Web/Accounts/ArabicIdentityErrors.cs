using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Sahifa.Web.Accounts;

/// Identity's messages in Arabic, for the ones a member of staff or an admin can meet: password
/// rules, e-mail addresses, roles, concurrent edits of an account.
public sealed class ArabicIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"كلمة المرور قصيرة: {length} حرفًا على الأقل. جملة من أربع كلمات أو خمس تكفي وتُحفظ بسهولة."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Create(CultureInfo.InvariantCulture, $"كلمة المرور تكرر الحروف نفسها: يلزم {uniqueChars} حروف مختلفة على الأقل."));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "يلزم رقم واحد على الأقل في كلمة المرور.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "يلزم حرف لاتيني صغير واحد على الأقل في كلمة المرور.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "يلزم حرف لاتيني كبير واحد على الأقل في كلمة المرور.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "يلزم رمز واحد على الأقل (مثل ! أو #) في كلمة المرور.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "كلمة المرور الحالية غير صحيحة.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "هذا ليس عنوان بريد إلكتروني صحيحًا.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "لهذا البريد الإلكتروني حساب في الفريق بالفعل.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "هذا ليس عنوان بريد إلكتروني صالحًا لاسم مستخدم.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "لهذا البريد الإلكتروني حساب في الفريق بالفعل.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "للحساب هذا الدور بالفعل.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "ليس للحساب هذا الدور.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "لا يمكن إيقاف هذا الحساب.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "غيّر أحد آخر هذا الحساب في الوقت نفسه. أعد تحميل الصفحة وحاول مرة أخرى.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "رمز الاسترداد غير صحيح أو مستعمل.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "تعذّر إتمام العملية. حاول مرة أخرى.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
