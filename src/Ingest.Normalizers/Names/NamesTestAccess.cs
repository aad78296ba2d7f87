using System.Runtime.CompilerServices;

// The scaling tests count the normalizer's steps (NameWork), which are internal.
[assembly: InternalsVisibleTo("Ingest.Normalizers.Tests")]
