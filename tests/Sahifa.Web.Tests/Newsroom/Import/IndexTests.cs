using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Newsroom.Import;

namespace Sahifa.Web.Tests.Newsroom.Import;

/// `/newsroom/import` is a newsroom page like the others: under the folder's staff rule, and
/// for admins only.
public sealed class IndexTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in_and_writers_are_refused()
    {
        using var anonymous = site.CreateClient();
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);

        using var anonymousGet = await anonymous.GetAsync(IndexModel.Route);
        using var anonymousPost = await anonymous.PostAsync(IndexModel.Route, new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "export.xml" } });
        using var writerGet = await writer.GetAsync(IndexModel.Route);

        Assert.Equal(HttpStatusCode.Redirect, anonymousGet.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", anonymousGet.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, anonymousPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, writerGet.StatusCode);
    }

    // Issue 20: the upload page lived in Importing/, where the folder rule does not reach; only
    // its own attribute guarded it. Every page answering under /newsroom must carry the rule.
    [Fact]
    public void Every_newsroom_page_is_under_the_folders_staff_rule()
    {
        var pages = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                && (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("newsroom", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Contains(pages, e => e.RoutePattern.RawText!.TrimStart('/') == IndexModel.Route.TrimStart('/'));
        Assert.All(pages, e => Assert.True(
            e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == StaffPolicies.Staff),
            $"{e.RoutePattern.RawText} is not covered by the newsroom folder's authorisation"));
    }
}
