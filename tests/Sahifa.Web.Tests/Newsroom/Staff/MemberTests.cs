using System.Net;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;

namespace Sahifa.Web.Tests.Newsroom.Staff;

public sealed class MemberTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Promoting_a_writer_to_admin_opens_the_admin_pages_to_their_open_session()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var writer = await site.NewsroomClientAsync(email: email);
        using (var before = await writer.GetAsync("/newsroom/staff"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var id = await site.IdOfAsync(email);
        using var changed = await admin.SubmitAsync($"/newsroom/staff/{id}", new Dictionary<string, string> { ["role"] = StaffRoles.Admin }, "form#role-form");
        Assert.Equal(HttpStatusCode.SeeOther, changed.StatusCode);

        site.Clock.Advance(TimeSpan.FromSeconds(1));
        using var after = await writer.GetAsync("/newsroom/staff");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(await site.AuditAboutAsync(email), e => e.Action == AuditActions.RoleChanged && e.Detail == "من كاتب إلى مدير");
    }

    [Fact]
    public async Task A_locked_member_is_signed_out_at_once_and_cannot_sign_in_until_unlocked()
    {
        var email = await site.StaffAsync(StaffRoles.Editor);
        using var editor = await site.NewsroomClientAsync(email: email);
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var id = await site.IdOfAsync(email);

        using var locked = await admin.SubmitAsync($"/newsroom/staff/{id}", new Dictionary<string, string>(), "form#lock-form");
        Assert.Equal(HttpStatusCode.SeeOther, locked.StatusCode);
        Assert.Equal("موقوف", (await admin.GetDocumentAsync($"/newsroom/staff/{id}")).Text(".member-state"));

        site.Clock.Advance(TimeSpan.FromSeconds(1));
        using var ended = await editor.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        using var anon = site.CreateClient();
        using var refused = await anon.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var unlocked = await admin.SubmitAsync($"/newsroom/staff/{id}", new Dictionary<string, string>(), "form#unlock-form");
        Assert.Equal(HttpStatusCode.SeeOther, unlocked.StatusCode);
        using var back = await site.NewsroomClientAsync(email: email);

        var audit = await site.AuditAboutAsync(email);
        Assert.Contains(audit, e => e.Action == AuditActions.StaffLocked);
        Assert.Contains(audit, e => e.Action == AuditActions.StaffUnlocked);
    }

    [Fact]
    public async Task Deleting_a_member_ends_their_session_and_is_audited()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var writer = await site.NewsroomClientAsync(email: email);
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var id = await site.IdOfAsync(email);

        using var deleted = await admin.SubmitAsync($"/newsroom/staff/{id}", new Dictionary<string, string>(), "form#delete-form");
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal("/newsroom/staff", deleted.Headers.Location!.ToString());
        Assert.Null((await admin.GetDocumentAsync("/newsroom/staff")).QuerySelector($"tr[data-email='{email}']"));
        using var gone = await admin.GetAsync($"/newsroom/staff/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        site.Clock.Advance(TimeSpan.FromSeconds(1));
        using var ended = await writer.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains(await site.AuditAboutAsync(email), e => e.Action == AuditActions.StaffDeleted);
    }

    [Fact]
    public async Task An_admin_cannot_delete_or_lock_themselves_and_the_last_admin_cannot_be_demoted()
    {
        var email = await site.StaffAsync(StaffRoles.Admin);
        using var admin = await site.NewsroomClientAsync(email: email);
        var id = await site.IdOfAsync(email);
        var own = await admin.GetDocumentAsync($"/newsroom/staff/{id}");
        Assert.Null(own.QuerySelector("#delete-form"));
        Assert.Null(own.QuerySelector("#lock-form"));

        var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forged = await admin.PostAsync($"/newsroom/staff/{id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);

        await site.RemoveOtherAdminsAsync(keep: email);
        using var demoted = await admin.SubmitAsync($"/newsroom/staff/{id}", new Dictionary<string, string> { ["role"] = StaffRoles.Editor }, "form#role-form");
        Assert.Equal(HttpStatusCode.Conflict, demoted.StatusCode);
        Assert.Equal(ManageStaffMember.LastAdmin, (await demoted.ReadDocumentAsync()).Text("#error"));
        Assert.Equal("مدير", (await admin.GetDocumentAsync($"/newsroom/staff/{id}")).Text(".member-role"));
    }

    [Fact]
    public async Task A_temporary_password_from_an_admin_ends_the_members_sessions_and_must_be_replaced()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var writer = await site.NewsroomClientAsync(email: email);
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var id = await site.IdOfAsync(email);

        using var reset = await admin.SubmitAsync($"/newsroom/staff/{id}", new Dictionary<string, string>(), "form#password-form");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var password = (await reset.ReadDocumentAsync()).Text(".one-time-password");

        site.Clock.Advance(TimeSpan.FromSeconds(1));
        using var ended = await writer.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        using var fresh = site.CreateClient();
        using var signedIn = await fresh.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = password });
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        using var desk = await fresh.GetAsync("/newsroom");
        Assert.Equal("/newsroom/account", desk.Headers.Location!.ToString());
        Assert.Contains(await site.AuditAboutAsync(email), e => e.Action == AuditActions.StaffPasswordReset);
    }

    [Fact]
    public async Task An_admin_turns_off_two_factor_for_a_member_who_lost_their_phone()
    {
        var email = await site.StaffAsync(StaffRoles.Editor);
        using (var editor = await site.NewsroomClientAsync(email: email))
        {
            _ = await AuthenticatorApp.EnrolAsync(editor);
        }

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var id = await site.IdOfAsync(email);
        using var reset = await admin.SubmitAsync($"/newsroom/staff/{id}", new Dictionary<string, string>(), "form#two-factor-form");
        Assert.Equal(HttpStatusCode.SeeOther, reset.StatusCode);

        // The password alone signs in again.
        using var back = await site.NewsroomClientAsync(email: email);
        Assert.Contains(await site.AuditAboutAsync(email), e => e.Action == AuditActions.StaffTwoFactorReset);
    }
}
