using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Caching;

/// The application with every database command that serves a request counted (commands of
/// background work, such as the change feed's follower, are not: they cost no reader anything).
public sealed class QueryCountingFactory(params (string Key, string Value)[] settings) : SahifaFactory
{
    private readonly RequestCommands _commands = new();

    /// Commands run for requests since the last <see cref="Reset"/>.
    public int Queries => _commands.Count;

    public IReadOnlyList<string> Commands => [.. _commands.Texts];

    public void Reset() => _commands.Reset();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<SqliteSahifaDb>((sp, o) => o.AddInterceptors(_commands.For(sp)));
            services.ConfigureDbContext<PostgresSahifaDb>((sp, o) => o.AddInterceptors(_commands.For(sp)));
        });
    }

    private sealed class RequestCommands
    {
        private readonly Lock _lock = new();
        private readonly List<string> _texts = [];

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _texts.Count;
                }
            }
        }

        public List<string> Texts
        {
            get
            {
                lock (_lock)
                {
                    return [.. _texts];
                }
            }
        }

        public void Reset()
        {
            lock (_lock)
            {
                _texts.Clear();
            }
        }

        public IInterceptor For(IServiceProvider services) => new Counter(this, services.GetRequiredService<IHttpContextAccessor>());

        private void Add(string text)
        {
            lock (_lock)
            {
                _texts.Add(text);
            }
        }

        private sealed class Counter(RequestCommands commands, IHttpContextAccessor http) : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
                DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                Count(command);
                return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
            }

            public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
                DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
            {
                Count(command);
                return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
            }

            public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
            {
                Count(command);
                return base.ReaderExecuting(command, eventData, result);
            }

            private void Count(DbCommand command)
            {
                if (http.HttpContext is not null)
                {
                    commands.Add(command.CommandText);
                }
            }
        }
    }
}
