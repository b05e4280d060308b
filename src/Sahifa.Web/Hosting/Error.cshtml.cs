using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sahifa.Web.Hosting;

[ResponseCache(NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Message) Text => Code switch
    {
        // Outside the newsroom a 403 is a readers' form sent from another site.
        403 when !FromNewsroom => ("غير مسموح", "لم نقبل هذا الطلب لأنه أُرسل من موقع آخر. افتح المادة على موقعنا واكتب من النموذج الذي فيها."),
        403 => ("غير مسموح", "دورك في غرفة الأخبار لا يسمح بهذه الصفحة أو هذا الإجراء. اطلب من محرر أو مدير أن يقوم به."),
        404 => ("الصفحة غير موجودة", "لم نجد ما تبحث عنه. ربما نُقلت الصفحة أو حُذفت، أو في الرابط خطأ."),
        405 => ("طريقة الطلب غير مقبولة", "هذه الصفحة لا تقبل هذا النوع من الطلبات."),
        413 => ("الملف كبير جدًا", "الملف المرفوع أكبر من الحد المسموح. الملفات الأكبر تُستورد من سطر الأوامر على الخادم."),
        410 => ("لم تعد هذه المادة متاحة", "سُحبت هذه المادة من النشر."),
        429 => ("طلبات كثيرة", "أرسلت طلبات كثيرة في وقت قصير. انتظر قليلًا ثم حاول مجددًا."),
        >= 400 and < 500 => ("طلب غير صالح", "تعذّر فهم الطلب. تحقق من الرابط أو من البيانات المرسلة."),
        _ => ("حدث خطأ", "حدث خطأ غير متوقع من جهتنا، وقد سُجّل. حاول مرة أخرى بعد قليل."),
    };

    private bool FromNewsroom =>
        (HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "")
            .StartsWith(Accounts.AccountsModule.NewsroomPath, StringComparison.Ordinal);

    public void OnGet(int code) => Handle(code);

    public void OnPost(int code) => Handle(code);

    private void Handle(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code is >= 400 and <= 599 ? code : 404;
        if (!reExecuted)
        {
            // Visiting /errors/404 directly still answers with that status, never 200.
            Response.StatusCode = Code;
        }
    }
}
