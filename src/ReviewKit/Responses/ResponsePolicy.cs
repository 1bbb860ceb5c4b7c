using System.Globalization;
using ReviewKit.Cases;
using ReviewKit.Improvement;
using ReviewKit.Triage;

namespace ReviewKit.Responses;

/// <summary>
/// How the business responds to a negative review, bindable from configuration (<c>ReviewKit:Responses:Policy</c>):
/// when to call rather than write, the solution agents may propose per theme, the goodwill gestures they may offer and
/// the follow-up after the resolution. An <see cref="IResponsePlanner"/> turns it into a <see cref="ResponsePlan"/> per case.
/// </summary>
/// <remarks>
/// Plain data for configuration binding: check it with <see cref="Validate(string)"/>; <see cref="ResponsePlanner"/>
/// validates and copies it, so later changes do not affect a planner already built. Not thread-safe while being changed.
/// </remarks>
public sealed class ResponsePolicy
{
    /// <summary>Gets or sets the severity from which the private contact is a phone call (when a phone number is known).</summary>
    /// <value>The default value is <see cref="Severity.High"/>: high and critical cases are called, the others written to.</value>
    public Severity PhoneFromSeverity { get; set; } = Severity.High;

    /// <summary>
    /// Gets the host's own solution per theme id (for example <c>delay</c>: <c>re-ship at our cost and give a delivery
    /// date</c>), shown to agents as written, whatever the review's language. An entry replaces the built-in suggestion
    /// for its theme; an empty entry (<c>""</c>) removes it, so the brief proposes no solution for that theme.
    /// </summary>
    /// <value>Empty by default. Keys are theme ids (1 to 64 characters); values are empty or 1 to 512 characters, not blank.</value>
    public Dictionary<string, string> Solutions { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Gets or sets a value indicating whether the built-in solution suggestions are used for the themes that have no
    /// entry in <see cref="Solutions"/>: one per default theme (the ids of <see cref="Analysis.ThemeIds"/>), in French
    /// and in English, given in the review's language. Each proposes something concrete to agree on with the customer,
    /// not a script.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DefaultSolutions { get; set; } = true;

    /// <summary>Gets the goodwill gesture rules.</summary>
    /// <value>The defaults of <see cref="GesturePolicy"/>.</value>
    public GesturePolicy Gestures { get; } = new();

    /// <summary>Gets or sets a value indicating whether the plan has a follow-up step after the resolution.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool FollowUp { get; set; } = true;

    /// <summary>Gets or sets how long after the resolution the follow-up is due (calendar time).</summary>
    /// <value>The default value is 3 days. Must be more than zero and at most 365 days.</value>
    public TimeSpan FollowUpAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Checks the policy and returns every failure, each prefixed with <paramref name="path"/> and naming the field and the rule.</summary>
    /// <param name="path">The configuration path of the policy, for example <c>ReviewKit:Responses:Policy</c>; may be empty.</param>
    /// <returns>Messages such as <c>ReviewKit:Responses:Policy:Gestures:ApprovalAbove: must be zero or more.</c>; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public IReadOnlyList<string> Validate(string path = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        var prefix = path.Length == 0 ? string.Empty : path + ":";
        var failures = new List<string>();
        if (!Enum.IsDefined(PhoneFromSeverity))
        {
            failures.Add(Invariant($"{prefix}{nameof(PhoneFromSeverity)}: {(int)PhoneFromSeverity} is not a severity (Low, Medium, High, Critical)."));
        }

        foreach (var (theme, solution) in Solutions)
        {
            if (string.IsNullOrWhiteSpace(theme) || theme.Length > 64)
            {
                failures.Add($"{prefix}{nameof(Solutions)}: a theme id is 1 to 64 characters, not blank ('{theme}').");
            }
            else if (solution is null || (solution.Length > 0 && string.IsNullOrWhiteSpace(solution)) || solution.Length > Guard.MaxLabelLength)
            {
                failures.Add(Invariant($"{prefix}{nameof(Solutions)}:{theme}: a solution is 1 to {Guard.MaxLabelLength} characters, not blank (or empty to remove the built-in one)."));
            }
        }

        if (FollowUpAfter <= TimeSpan.Zero || FollowUpAfter > TimeSpan.FromDays(365))
        {
            failures.Add(Invariant($"{prefix}{nameof(FollowUpAfter)}: {FollowUpAfter} must be more than zero and at most 365 days."));
        }

        if (Gestures is null)
        {
            failures.Add($"{prefix}{nameof(Gestures)}: must not be null.");
        }
        else
        {
            Gestures.Validate(prefix + nameof(Gestures) + ":", failures);
        }

        return failures;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The goodwill gesture rules of a <see cref="ResponsePolicy"/>: allowed kinds, caps by severity and by customer value,
/// the threshold above which a manager approves, and a budget per period and location.
/// </summary>
/// <remarks>
/// <para><b>Value.</b> Amounts are in <see cref="Currency"/>. A voucher, refund or free service is worth its amount; a
/// percentage discount is worth that percentage of the order value the host gives in the
/// <see cref="ResponsePlanRequest.OrderValue"/>, and needs approval when the order value is unknown.</para>
/// <para><b>Budget.</b> <see cref="BudgetPerPeriod"/> (or <see cref="BudgetByLocation"/>) is what a location may spend on
/// gestures in one <see cref="BudgetPeriod"/>. ReviewKit keeps no count of its own: the host sums what it spent in the
/// current period and passes it as a <see cref="GestureBudgetSnapshot"/>; without one, no gesture with a value is offered without approval.</para>
/// <para>Plain data for configuration binding. Not thread-safe while being changed.</para>
/// </remarks>
public sealed class GesturePolicy
{
    /// <summary>Gets or sets a value indicating whether gestures are part of the plan at all.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the lowest severity for which a gesture is considered.</summary>
    /// <value>The default value is <see cref="Severity.Medium"/>.</value>
    public Severity FromSeverity { get; set; } = Severity.Medium;

    /// <summary>Gets the kinds of gesture allowed.</summary>
    /// <value>Empty by default, which allows every kind (percentage discount, voucher, refund, free service).</value>
    public IList<GestureKind> AllowedKinds { get; } = [];

    /// <summary>Gets or sets the ISO 4217 currency of every amount of this policy.</summary>
    /// <value>The default value is <c>EUR</c>.</value>
    public string Currency { get; set; } = "EUR";

    /// <summary>Gets the cap on a gesture's value per severity; a severity with no entry allows no gesture.</summary>
    /// <value>By default Low 0, Medium 20, High 50, Critical 100. Values must be zero or more.</value>
    public Dictionary<Severity, decimal> MaxValueBySeverity { get; } = new()
    {
        [Severity.Low] = 0m,
        [Severity.Medium] = 20m,
        [Severity.High] = 50m,
        [Severity.Critical] = 100m,
    };

    /// <summary>Gets the cap on a gesture's value per customer value; a customer value with no entry allows no gesture.</summary>
    /// <value>By default Standard 30, Loyal 60, Key 150. Values must be zero or more.</value>
    public Dictionary<CustomerValue, decimal> MaxValueByCustomerValue { get; } = new()
    {
        [CustomerValue.Standard] = 30m,
        [CustomerValue.Loyal] = 60m,
        [CustomerValue.Key] = 150m,
    };

    /// <summary>Gets or sets the largest percentage discount, whatever the order value.</summary>
    /// <value>The default value is 20. Must be more than 0 and at most 100.</value>
    public decimal MaxDiscountPercent { get; set; } = 20m;

    /// <summary>Gets or sets the value above which a gesture needs a manager's approval; at or below it an agent may offer it alone (within the budget).</summary>
    /// <value>The default value is 25. Must be zero or more.</value>
    public decimal ApprovalAbove { get; set; } = 25m;

    /// <summary>Gets or sets the period the budget covers; the host's <see cref="GestureBudgetSnapshot"/> counts the current one.</summary>
    /// <value>The default value is <see cref="PeriodGranularity.Month"/>.</value>
    public PeriodGranularity BudgetPeriod { get; set; } = PeriodGranularity.Month;

    /// <summary>Gets or sets what one location may spend on gestures per period, unless <see cref="BudgetByLocation"/> says otherwise.</summary>
    /// <value>The default value is 500. Must be zero or more.</value>
    public decimal BudgetPerPeriod { get; set; } = 500m;

    /// <summary>Gets the budget per period of particular locations (by location id), overriding <see cref="BudgetPerPeriod"/>.</summary>
    /// <value>Empty by default. Values must be zero or more.</value>
    public Dictionary<string, decimal> BudgetByLocation { get; } = new(StringComparer.Ordinal);

    internal void Validate(string prefix, List<string> failures)
    {
        foreach (var kind in AllowedKinds)
        {
            if (!Enum.IsDefined(kind))
            {
                failures.Add(Invariant($"{prefix}{nameof(AllowedKinds)}: {(int)kind} is not a gesture kind (PercentageDiscount, Voucher, Refund, FreeService)."));
            }
        }

        if (!Enum.IsDefined(FromSeverity))
        {
            failures.Add(Invariant($"{prefix}{nameof(FromSeverity)}: {(int)FromSeverity} is not a severity (Low, Medium, High, Critical)."));
        }

        if (Currency is null || Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper))
        {
            failures.Add($"{prefix}{nameof(Currency)}: '{Currency}' is not an ISO 4217 code: three capital letters such as EUR.");
        }

        foreach (var (severity, cap) in MaxValueBySeverity)
        {
            if (cap < 0)
            {
                failures.Add(Invariant($"{prefix}{nameof(MaxValueBySeverity)}:{severity}: {cap} must be zero or more."));
            }
        }

        foreach (var (value, cap) in MaxValueByCustomerValue)
        {
            if (cap < 0)
            {
                failures.Add(Invariant($"{prefix}{nameof(MaxValueByCustomerValue)}:{value}: {cap} must be zero or more."));
            }
        }

        if (MaxDiscountPercent is <= 0 or > 100)
        {
            failures.Add(Invariant($"{prefix}{nameof(MaxDiscountPercent)}: {MaxDiscountPercent} must be more than 0 and at most 100."));
        }

        if (ApprovalAbove < 0)
        {
            failures.Add(Invariant($"{prefix}{nameof(ApprovalAbove)}: {ApprovalAbove} must be zero or more."));
        }

        if (!Enum.IsDefined(BudgetPeriod))
        {
            failures.Add(Invariant($"{prefix}{nameof(BudgetPeriod)}: {(int)BudgetPeriod} is not a period (Day, Week, Month, Quarter, Year)."));
        }

        if (BudgetPerPeriod < 0)
        {
            failures.Add(Invariant($"{prefix}{nameof(BudgetPerPeriod)}: {BudgetPerPeriod} must be zero or more."));
        }

        foreach (var (location, budget) in BudgetByLocation)
        {
            if (budget < 0)
            {
                failures.Add(Invariant($"{prefix}{nameof(BudgetByLocation)}:{location}: {budget} must be zero or more."));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
