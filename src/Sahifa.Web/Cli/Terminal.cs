using Spectre.Console;

namespace Sahifa.Web.Cli;

/// What the commands draw with: Spectre.Console over the command's own writer. Only a person
/// at a terminal gets colours, a redrawn progress bar and the terminal's width; a pipe, a log
/// file or a test's StringWriter gets plain text, wide enough that no table row wraps.
internal static class Terminal
{
    private const int PlainWidth = 1000;

    public static IAnsiConsole For(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = PlainWidth;
            console.Profile.Capabilities.Unicode = true;
        }

        return console;
    }

    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    /// Runs the work with a bar on the writer (stderr, so `> log` keeps only the summary), or
    /// with no progress at all when nobody is watching: a log full of redraws helps no one.
    public static async Task<TResult> WithProgressAsync<TProgress, TResult>(
        TextWriter writer, string description, Func<TProgress, (long Done, long Total)> read, Func<IProgress<TProgress>?, Task<TResult>> work)
    {
        if (!IsTerminal(writer))
        {
            return await work(null);
        }

        return await For(writer).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                return await work(new Bar<TProgress>(task, read));
            });
    }

    // Spectre's task is safe to update from any thread, so reports go straight to it (unlike
    // Progress<T>, which would post each one to a synchronisation context).
    private sealed class Bar<T>(ProgressTask task, Func<T, (long Done, long Total)> read) : IProgress<T>
    {
        public void Report(T value)
        {
            var (done, total) = read(value);
            task.MaxValue = Math.Max(total, 1);
            task.Value = Math.Min(done, task.MaxValue);
        }
    }
}
