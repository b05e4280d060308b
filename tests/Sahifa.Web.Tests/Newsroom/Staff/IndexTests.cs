using System.Net;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Tests.Newsroom.Staff;

public sealed class IndexTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Admins_see_every_member_with_role_two_factor_state_and_last_sign_in()
    {
        var writer = await site.StaffAsync(StaffRoles.Writer);
        using (var _ = await site.NewsroomClientAsync(email: writer))
        {
        }

        var never = await site.StaffAsync(StaffRoles.Editor);
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var page = await admin.GetDocumentAsync("/newsroom/staff");

        var writerRow = page.QuerySelector($"tr[data-email='{writer}']")!;
        Assert.Equal("كاتب", writerRow.QuerySelector(".member-role")!.TextContent.Trim());
        Assert.Equal("غير مفعّل", writerRow.QuerySelector(".member-two-factor")!.TextContent.Trim());
        Assert.Equal("نشط", writerRow.QuerySelector(".member-state")!.TextContent.Trim());
        Assert.NotNull(writerRow.QuerySelector(".member-last-sign-in time[datetime]"));
        var neverRow = page.QuerySelector($"tr[data-email='{never}']")!;
        Assert.Equal("لم يدخل بعد", neverRow.QuerySelector(".member-last-sign-in")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(StaffRoles.Writer)]
    [InlineData(StaffRoles.Editor)]
    public async Task Writers_and_editors_may_not_see_or_change_the_team(string role)
    {
        var target = await site.IdOfAsync(await site.StaffAsync(StaffRoles.Writer));
        using var client = await site.NewsroomClientAsync(role);
        foreach (var path in new[] { "/newsroom/staff", "/newsroom/staff/new", $"/newsroom/staff/{target}" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        // A forged POST is refused too, token or not.
        var token = (await client.GetDocumentAsync("/newsroom/account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forged = await client.PostAsync($"/newsroom/staff/{target}?handler=Role", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["role"] = StaffRoles.Admin,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }
}
