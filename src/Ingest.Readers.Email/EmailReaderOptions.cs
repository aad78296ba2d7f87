namespace Ingest.Readers.Email;

/// <summary>Options of the <see cref="EmailReader"/>.</summary>
public sealed class EmailReaderOptions
{
    /// <summary>The most MIME parts walked in one message; more give an <c>email.too-many-parts</c> warning. Defaults to 1,000.</summary>
    public int MaxParts { get; set; } = 1000;

    /// <summary>The deepest MIME nesting parsed; deeper parts are not opened (<c>email.nesting-limit</c>). Defaults to 32.</summary>
    public int MaxNestingDepth { get; set; } = 32;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> for a value out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxParts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNestingDepth);
    }
}
