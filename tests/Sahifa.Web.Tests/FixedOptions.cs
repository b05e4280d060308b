using Microsoft.Extensions.Options;

namespace Sahifa.Web.Tests;

/// Options that never change, for unit tests of classes that follow settings through
/// IOptionsMonitor.
public sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
