using System.Globalization;

namespace ReviewKit.Cases;

/// <summary>
/// Thrown when an event is applied with an expected version that is not the case's current
/// <see cref="ReviewCase.Version"/>: another writer appended to the timeline first. Reload the case and retry.
/// </summary>
public sealed class CaseVersionConflictException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="expectedVersion">The version the caller expected.</param>
    /// <param name="actualVersion">The case's version.</param>
    public CaseVersionConflictException(CaseId caseId, int expectedVersion, int actualVersion)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Case '{caseId}' is at version {actualVersion}, not the expected {expectedVersion}: another writer changed it. Reload the case and retry."))
    {
        CaseId = caseId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the case.</summary>
    public CaseId CaseId { get; }

    /// <summary>Gets the version the caller expected.</summary>
    public int ExpectedVersion { get; }

    /// <summary>Gets the case's version.</summary>
    public int ActualVersion { get; }
}
