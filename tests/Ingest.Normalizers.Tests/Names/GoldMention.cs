using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>An annotated mention: its document, span, kind and the entity it belongs to.</summary>
internal sealed record GoldMention(int Document, int Start, int Length, NameKind Kind, string Entity);
