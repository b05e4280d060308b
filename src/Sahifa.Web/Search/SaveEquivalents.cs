using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Search;

/// An editor's new list of search equivalents, one group per line. The list is checked whole and
/// saved whole: a refused line refuses the save, so a half-applied list never reaches readers.
public sealed class SaveEquivalents(SahifaDb db, AuditTrail audit, NewsroomEquivalents live, TimeProvider clock)
{
    /// A textarea's worth: the largest list the limits allow, with room for blank lines.
    public const int MaxTextLength = 600_000;

    public abstract record Outcome
    {
        /// Each error names its line, in Arabic.
        public sealed record Invalid(IReadOnlyList<string> Errors) : Outcome;

        public sealed record Unchanged : Outcome;

        public sealed record Saved(int Groups, int Added, int Removed) : Outcome;
    }

    /// The list as the form shows it, one group per line.
    public async Task<string> CurrentTextAsync(CancellationToken ct) =>
        string.Join('\n', await db.EquivalentGroups.AsNoTracking().OrderBy(g => g.Position).Select(g => g.Names).ToListAsync(ct));

    public async Task<Outcome> SaveAsync(string? text, StaffActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        text ??= "";
        if (text.Length > MaxTextLength)
        {
            return new Outcome.Invalid([$"القائمة أطول من {MaxTextLength:N0} حرف. قسّمها أو احذف ما لا يحتاجه القرّاء."]);
        }

        var (equivalents, errors) = SearchEquivalents.Parse(text.Split('\n'));
        if (errors.Count > 0)
        {
            return new Outcome.Invalid(errors);
        }

        var lines = equivalents.Lines().ToList();
        var rows = await db.EquivalentGroups.OrderBy(g => g.Position).ToListAsync(ct);
        var before = rows.Select(r => r.Names).ToList();
        if (before.SequenceEqual(lines, StringComparer.Ordinal))
        {
            return new Outcome.Unchanged();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.EquivalentGroups.RemoveRange(rows);
        db.EquivalentGroups.AddRange(lines.Select((names, i) => new EquivalentGroup { Position = i, Names = names, UpdatedAt = now, UpdatedBy = actor.Name }));
        var added = lines.Except(before, StringComparer.Ordinal).ToList();
        var removed = before.Except(lines, StringComparer.Ordinal).ToList();
        audit.Add(actor, AuditActions.EquivalentsChanged, "مرادفات البحث", Describe(added, removed));
        await db.SaveChangesAsync(ct);
        // This node searches with the new list at once; the others within seconds.
        await live.ReloadAsync(ct);
        return new Outcome.Saved(lines.Count, added.Count, removed.Count);
    }

    private static string Describe(List<string> added, List<string> removed)
    {
        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add("أُضيف: " + string.Join("؛ ", added.Select(l => $"«{l}»")));
        }

        if (removed.Count > 0)
        {
            parts.Add("حُذف: " + string.Join("؛ ", removed.Select(l => $"«{l}»")));
        }

        // Reordering alone adds and removes nothing.
        return parts.Count == 0 ? "تغيّر ترتيب الأسطر" : string.Join(" — ", parts);
    }
}
