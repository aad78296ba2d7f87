namespace Ingest.Normalizers.Numbers;

/// <content>The types that carry what comes before the quantity of an expression.</content>
internal sealed partial class NumberScanner
{
    /// <summary>What reading the start of an expression found.</summary>
    private enum ExpressionLeadRead
    {
        /// <summary>No number starts here.</summary>
        None,

        /// <summary>The lead was a whole expression of its own (<c>percent of 10</c>, <c>twice</c>).</summary>
        Matched,

        /// <summary>A quantity is to be parsed at <see cref="ExpressionLead.QuantityAt"/>.</summary>
        Quantity,
    }

    /// <summary>What comes before the quantity of an expression: a currency code or symbol, a sign.</summary>
    private struct ExpressionLead
    {
        /// <summary>Where the expression starts (the currency symbol, the sign).</summary>
        public int Start;

        /// <summary>Where its quantity starts.</summary>
        public int QuantityAt;

        /// <summary>The currency given before the amount (<c>USD 3</c>, <c>$5</c>).</summary>
        public string? Currency;

        /// <summary>A minus sign or the word <c>minus</c> came first.</summary>
        public bool Negative;

        public ExpressionLead(int start)
        {
            Start = start;
            QuantityAt = start;
        }
    }
}
