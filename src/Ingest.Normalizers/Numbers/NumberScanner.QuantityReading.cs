namespace Ingest.Normalizers.Numbers;

/// <content>The running state of <see cref="ParseQuantity"/> as it reads a quantity token by token.</content>
internal sealed partial class NumberScanner
{
    /// <summary>What the previous token of a quantity was; it decides which token may follow.</summary>
    private enum QuantityPart
    {
        None,
        Article,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Digits,
        And,
    }

    /// <summary>What one token did to a quantity being read.</summary>
    private enum QuantityStep
    {
        /// <summary>The token is not part of the quantity, or it closes it: stop reading.</summary>
        Stop,

        /// <summary>The word was taken: move past it and count it.</summary>
        TakeWord,

        /// <summary>The step moved the reading position itself: read on from there.</summary>
        ReadOn,
    }

    /// <summary>How the digit literal that opens a quantity ends the parse.</summary>
    private enum OpeningLiteral
    {
        /// <summary>No quantity here.</summary>
        Rejected,

        /// <summary>The literal is the whole quantity.</summary>
        Complete,

        /// <summary>Words may follow the literal (<c>4 thousand</c>, <c>2 point 5</c>).</summary>
        ReadOn,
    }

    /// <summary>
    /// The state shared by the steps of <see cref="ParseQuantity"/>: the value read so far as completed scale groups
    /// (<see cref="Total"/>) and the group being read (<see cref="Current"/>), the previous token and the reading position.
    /// </summary>
    private struct QuantityReading
    {
        public NumberQuantity Quantity;

        /// <summary>The completed scale groups: 3,000,000 of "three million two hundred".</summary>
        public double Total;

        /// <summary>The group being read: 200 of "three million two hundred".</summary>
        public double Current;

        /// <summary>The last scale applied (1000 after "thousand"), 0 before any.</summary>
        public double LastScale;

        /// <summary>What was added since the last <c>and</c>: "three hundred and two dozen" multiplies only the two.</summary>
        public double SinceAnd;

        public QuantityPart Previous;

        /// <summary>Where the next token is looked for.</summary>
        public int Position;

        /// <summary>The end of what was read so far.</summary>
        public int End;

        /// <summary>The end of the word being read.</summary>
        public int WordEnd;

        /// <summary>How many tokens were read.</summary>
        public int Tokens;

        /// <summary>The quantity is written in words only (no digit literal opens it).</summary>
        public bool Words;

        /// <summary>The word being read follows a hyphen (twenty-six).</summary>
        public bool Hyphen;

        /// <summary>A fraction was read (two thirds, and a half).</summary>
        public bool Fraction;

        public QuantityReading(int start)
        {
            Quantity = default;
            Quantity.Start = start;
            Quantity.Kind = NumberKind.Cardinal;
            Position = start;
            End = start;
            Words = true;
        }

        /// <summary>The value read so far.</summary>
        public readonly double Value => Total + Current;
    }
}
