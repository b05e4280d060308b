using Microsoft.AspNetCore.WebUtilities;

namespace Sahifa.Web.Shared;

/// A response body written by synchronous code (XmlWriter, Utf8JsonWriter) without blocking on
/// the network: Kestrel forbids synchronous writes to the response, so the body is buffered (in
/// memory up to 1 MiB, then in a temporary file, the way MVC's XML formatter does it) and drained
/// asynchronously.
public sealed class BufferedFile(string contentType, Action<Stream> write) : IResult
{
    private const int MemoryThreshold = 1024 * 1024;

    public string ContentType => contentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = contentType;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        await using var buffer = new FileBufferingWriteStream(MemoryThreshold);
        write(buffer);
        await buffer.DrainBufferAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }
}
