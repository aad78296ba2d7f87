namespace Ingest.Normalizers.Dates;

/// <content>The outcome of one form tried by <see cref="RuleNumeric"/>.</content>
internal sealed partial class DateParser
{
    /// <summary>What one numeric form found: a date, a sure no-date that ends the rule, or not this form.</summary>
    private enum NumericOutcome
    {
        /// <summary>Not this form; the rule tries the next.</summary>
        NotThisForm,

        /// <summary>A date was read.</summary>
        Matched,

        /// <summary>The digits are not a date (a year range left to the range rule, an invalid day): the rule fails.</summary>
        Rejected,
    }
}
