using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Sahifa.Web.Localisation;

/// Every string a reader or a staff member sees, one resource per language (`ar.json`,
/// `ckb.json`, `kmr.json`, `en.json` beside this file), read through ASP.NET Core's
/// localisation: views take `IStringLocalizer<InterfaceText>` and ask for a key in the current
/// UI culture, which the edition (or, in the newsroom, the staff member's choice) sets.
/// JSON rather than .resx: MSBuild does not recognise `kmr` as a culture and would not build
/// its satellite assembly, while a table per language needs nothing of the build.
public sealed class InterfaceText
{
    public static readonly IReadOnlyList<string> Languages = ["ar", "ckb", "kmr", "en"];

    private const string Fallback = "ar";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _tables;

    public InterfaceText()
    {
        var assembly = typeof(InterfaceText).Assembly;
        _tables = Languages.ToFrozenDictionary(
            lang => lang,
            lang =>
            {
                using var stream = assembly.GetManifestResourceStream($"Sahifa.Web.Localisation.{lang}.json")
                    ?? throw new InvalidOperationException($"the interface text for {lang} is not in the build");
                return (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary(StringComparer.Ordinal);
            },
            StringComparer.Ordinal);
    }

    /// The tables, for rules that are plain functions (a reader's form checks): they speak the
    /// current UI culture, which a request sets to the article's edition.
    public static InterfaceText Shared { get; } = new();

    /// The text for a key in the current UI culture, with {0}… filled in.
    public static string Say(string key, params object[] arguments)
    {
        var text = Shared.Get(key, CultureInfo.CurrentUICulture).Value;
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
    }

    /// The Arabic text alone, for what is built outside a request (and tests).
    public static IStringLocalizer Arabic { get; } = new ArabicOnly(Shared);

    /// The table for a language, for tests and the staff language choice.
    public IReadOnlyDictionary<string, string> Table(string language) => _tables[language];

    /// The text for a key in a language; a key a translation lacks falls back to Arabic, and one
    /// no table has comes back as itself, so a missing string shows, rather than an empty space.
    public LocalizedString Get(string key, CultureInfo culture)
    {
        // Only the four cultures Sahifa sets itself count: a server whose own culture is en-US
        // must not answer its Arabic pages in English.
        if (_tables.TryGetValue(culture.Name, out var table) && table.TryGetValue(key, out var text))
        {
            return new LocalizedString(key, text);
        }

        return _tables[Fallback].TryGetValue(key, out var arabic)
            ? new LocalizedString(key, arabic)
            : new LocalizedString(key, key, resourceNotFound: true);
    }

    public IEnumerable<LocalizedString> All(CultureInfo culture) =>
        _tables[Fallback].Keys.Select(key => Get(key, culture));
}

internal sealed class ArabicOnly(InterfaceText text) : IStringLocalizer
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ar");

    public LocalizedString this[string name] => text.Get(name, Culture);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.InvariantCulture, text.Get(name, Culture).Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => text.All(Culture);
}

/// ASP.NET Core's entry point: one table whatever type asks for it.
internal sealed class InterfaceTextFactory(InterfaceText text) : IStringLocalizerFactory
{
    private readonly Localizer _localizer = new(text);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;

    private sealed class Localizer(InterfaceText text) : IStringLocalizer
    {
        public LocalizedString this[string name] => text.Get(name, CultureInfo.CurrentUICulture);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var format = text.Get(name, CultureInfo.CurrentUICulture);
                return new LocalizedString(name, string.Format(CultureInfo.InvariantCulture, format.Value, arguments), format.ResourceNotFound);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => text.All(CultureInfo.CurrentUICulture);
    }
}

public static class LocalisationModule
{
    public static WebApplicationBuilder AddInterfaceText(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InterfaceText>();
        builder.Services.AddSingleton<IStringLocalizerFactory, InterfaceTextFactory>();
        builder.Services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        return builder;
    }
}
