namespace Ingest.Readers.Pdf.Fonts;

/// <summary>One operand read in a CMap program: a string, a number or an array of strings.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Bytes">The bytes of a string operand.</param>
/// <param name="Number">The value of a number operand.</param>
/// <param name="Array">The decoded strings of an array operand.</param>
internal readonly record struct PdfCMapOperand(byte[]? Bytes, double Number, string[]? Array);
