namespace Ingest.Readers.Pdf.Content;

/// <summary>One operand of a content-stream operator: a number, or an object (name, string, array, dictionary).</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Number">The value when the operand is a number, else 0.</param>
/// <param name="Value">The object when the operand is not a number.</param>
internal readonly record struct PdfOperand(double Number, object? Value);
