namespace ReviewKit.Import;

/// <summary>What an imported review is, compared with what the host already has.</summary>
public enum ImportOutcomeKind
{
    /// <summary>The host did not know the review: store it (a case is opened when its rating is negative).</summary>
    New = 1,

    /// <summary>The host already has this revision (same id, same revision instant): nothing to store for the review.</summary>
    Unchanged = 2,

    /// <summary>The review was edited since the host's revision: store it as the latest revision (the case records it).</summary>
    Revised = 3,

    /// <summary>The host already has a later revision than this one (an older copy of the review): nothing to store.</summary>
    Stale = 4,
}
