namespace Sahifa.Web.Corrections;

public sealed record CorrectionsBoxView(IReadOnlyList<CorrectionNote> Notes, bool Serious);
