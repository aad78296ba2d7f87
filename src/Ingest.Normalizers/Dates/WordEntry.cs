namespace Ingest.Normalizers.Dates;

/// <summary>What a vocabulary word means: its class and a class-specific value (month number, unit, keyword, …).</summary>
internal readonly record struct WordEntry(WordClass Class, int Value);
