using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Ingest.Normalizers.Dates;

namespace Ingest.Benchmarks.Dates;

/// <summary>
/// Throughput of the date normalizer over the five fixture articles, warm, on one core. The MB/s column divides the
/// UTF-16 text length (characters, counted as bytes of text) by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DateNormalizerBenchmarks
{
    private readonly DateNormalizer _normalizer = new();
    private Document _document = null!;

    /// <summary>Characters normalized per operation.</summary>
    public static int TextLength { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal))
        {
            text.Append(File.ReadAllText(path)).Append('\n');
        }

        var builder = new DocumentBuilder(new Uri("file:///fixtures.txt"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, text.ToString());
        builder.Metadata.Published = new DateOnly(2020, 11, 12);
        _document = builder.Build();
        TextLength = _document.Text.Length;
    }

    /// <summary>
    /// A floor for comparison on the same machine at the same moment: one pass that classifies every character and
    /// splits the text into words. On a shared machine absolute MB/s vary with load; the ratio to this does not.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int ScanCharactersBaseline()
    {
        var text = _document.Text;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters + text.Split(' ').Length;
    }

    [Benchmark]
    public int NormalizeFixtures()
    {
        _document.Entities.Clear();
        _normalizer.NormalizeAsync(_document, NormalizationContext.For(_document, null)).AsTask().GetAwaiter().GetResult();
        return _document.Entities.Count;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new ThroughputColumn());
        }
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 characters) of text normalized per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats || stats.Mean <= 0)
            {
                return "-";
            }

            var length = TextLength;
            if (length == 0)
            {
                var probe = new DateNormalizerBenchmarks();
                probe.Setup();
                length = TextLength;
            }

            return (length / (stats.Mean / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
