using System.Net;
using Microsoft.AspNetCore.Hosting;
using Sahifa.Web.Accounts;
using Sahifa.Web.Tests.Newsroom;

namespace Sahifa.Web.Tests.Accounts;

/// The requirement as the operator's configuration sets it; Settings/ tests turn it on from the
/// settings page.
public sealed class TwoFactorRequiredSite : SahifaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sahifa:Accounts:RequireTwoFactor", "true");
    }
}

public sealed class TwoFactorRequirementTests(TwoFactorRequiredSite site) : IClassFixture<TwoFactorRequiredSite>
{
    [Theory]
    [InlineData("/newsroom")]
    [InlineData("/newsroom/articles")]
    [InlineData("/newsroom/staff")]
    public async Task A_member_without_two_factor_is_sent_to_enrolment_from_anywhere_else(string path)
    {
        using var client = await site.NewsroomClientAsync(StaffRoles.Admin);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/account/two-factor", response.Headers.Location!.ToString());

        var enrolment = await client.GetDocumentAsync("/newsroom/account/two-factor");
        Assert.Contains("يطلب مدير الموقع", enrolment.Text("#required"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_and_signing_out_stay_open_and_a_blocked_post_gets_303()
    {
        using var client = await site.NewsroomClientAsync(StaffRoles.Editor);
        using (var account = await client.GetAsync("/newsroom/account"))
        {
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        }

        var token = (await client.GetDocumentAsync("/newsroom/account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var blocked = await client.PostAsync("/newsroom", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.SeeOther, blocked.StatusCode);

        using var signedOut = await client.SubmitAsync("/newsroom/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        Assert.Equal("/newsroom/sign-in", signedOut.Headers.Location!.ToString());
    }

    [Fact]
    public async Task After_enrolling_the_whole_newsroom_opens()
    {
        using var client = await site.NewsroomClientAsync(StaffRoles.Writer);
        _ = await AuthenticatorApp.EnrolAsync(client);
        using var desk = await client.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
    }
}
