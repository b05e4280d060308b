using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using NetVips;

// The photograph benchmark's two halves (bench/media/run.sh drives them):
//   photo FILE [WIDTH HEIGHT]         writes a camera-sized JPEG (default 6000×4000, 24 MP)
//   upload BASE TOKEN FILE PID N      posts FILE to BASE/api/v1/media N at a time, with a new
//                                     byte in each copy so none is the library's duplicate, and
//                                     reports time to 201 and the server's memory (PID's RSS)
return args switch
{
    ["photo", var file, ..] => Photo(file, args.Length > 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 6000, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4000),
    ["upload", var baseUrl, var token, var file, var pid, var n] => await UploadAsync(new Uri(baseUrl), token, file, int.Parse(pid, CultureInfo.InvariantCulture), int.Parse(n, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: photo FILE [WIDTH HEIGHT] | upload BASE TOKEN FILE PID N");
    return 2;
}

// Something a camera could have taken: broad soft shapes (sky, ground, walls) from blurred noise
// at a low resolution, then fine sensor grain at full size, saved at a camera's usual quality.
// Pure noise would be a worst case no camera writes; flat colour a best case no camera writes.
static int Photo(string file, int width, int height)
{
    using var coarse = Image.Gaussnoise(width / 40, height / 40, sigma: 60, mean: 128).Gaussblur(3);
    using var colour = coarse.Bandjoin(coarse.Rot180().Resize(1.0, vscale: 1.0), coarse.Flip(Enums.Direction.Horizontal));
    using var large = colour.Resize(width / (double)colour.Width, vscale: height / (double)colour.Height, kernel: Enums.Kernel.Cubic);
    using var grain = Image.Gaussnoise(width, height, sigma: 6, mean: 0);
    using var photo = (large + grain).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    photo.Jpegsave(file, q: 92);
    Console.WriteLine($"{file}: {width}×{height} ({width * (long)height / 1e6:0.#} MP), {new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MiB");
    return 0;
}

static async Task<int> UploadAsync(Uri baseUrl, string token, string file, int pid, int n)
{
    var original = await File.ReadAllBytesAsync(file);
    using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    var baseline = Rss(pid);
    var peak = baseline;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            peak = Math.Max(peak, Rss(pid));
            await Task.Delay(10);
        }
    });

    var started = Stopwatch.GetTimestamp();
    var times = await Task.WhenAll(Enumerable.Range(0, n).Select(async i =>
    {
        // A copy that differs in 16 bytes after the end-of-image marker: the same photograph, but
        // not the same file, so the library processes it instead of answering with the first.
        var copy = new byte[original.Length + 16];
        original.CopyTo(copy, 0);
        Guid.NewGuid().TryWriteBytes(copy.AsSpan(original.Length));
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(copy);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(part, "file", "DSC01234.JPG");
        form.Add(new StringContent("صورة اختبار"), "alt");
        var t0 = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync("/api/v1/media", form);
        var took = Stopwatch.GetElapsedTime(t0);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"upload {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return took.TotalSeconds;
    }));
    var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
    await sampling.CancelAsync();
    await sampler;

    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{n} at once: time to 201 min {times[0]:0.00} s, median {times[times.Length / 2]:0.00} s, max {times[^1]:0.00} s; all done in {wall:0.00} s; " +
        $"server RSS {baseline / 1024.0:0} MiB before, peak {peak / 1024.0:0} MiB (growth {(peak - baseline) / 1024.0:0} MiB)"));
    return 0;
}

// Resident memory of a process in KiB, from the kernel's own account.
static long Rss(int pid)
{
    foreach (var line in File.ReadLines($"/proc/{pid}/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
    }

    return 0;
}
