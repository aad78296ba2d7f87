using System.Globalization;
using Ingest.Benchmarks.Pipeline;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// Where "all normalizers" costs more than the normalizers alone: each normalizer over a fresh copy of each read
/// fixture (alone, as <c>AllNormalizersBenchmark</c>'s single rows), then all of them in pipeline order over another
/// fresh copy, each timed inside the sequence, plus the copy itself. In process CPU time, rounds alternating so both
/// are equally warm; the first half of the rounds is not timed. Last, each normalizer in a block of rounds of its own
/// (no other normalizer runs in between), which is what the single rows of the BenchmarkDotNet job measure.
/// Run: <c>dotnet Ingest.Benchmarks.dll normalizer-split [rounds, default 200]</c>.
/// </summary>
internal static class NormalizerSplit
{
    private static readonly NormalizationContext Context = new(new DateOnly(2020, 11, 12), ReferenceDateOrigin.Configured);

    public static async Task<int> RunAsync(int rounds)
    {
        rounds = Math.Max(2, rounds);
        var read = await ReadFixturesAsync();
        var characters = read.Sum(d => (long)d.Text.Length);
        var normalizers = BenchmarkCorpus.AllNormalizers();
        var alone = new double[normalizers.Length];
        var inSequence = new double[normalizers.Length];
        var entitiesAlone = new long[normalizers.Length];
        var entitiesInSequence = new long[normalizers.Length];
        double copies = 0;
        double sequences = 0;
        for (var round = -rounds / 2; round < rounds; round++)
        {
            var timed = round >= 0;
            foreach (var document in read)
            {
                for (var i = 0; i < normalizers.Length; i++)
                {
                    var copy = Copy(document);
                    var clock = CpuClock.Start();
                    await normalizers[i].NormalizeAsync(copy, Context);
                    Add(alone, i, clock, timed);
                    entitiesAlone[i] += timed ? copy.Entities.Count : 0;
                }

                var whole = CpuClock.Start();
                var sequence = Copy(document);
                Add(ref copies, whole, timed);
                for (var i = 0; i < normalizers.Length; i++)
                {
                    var before = sequence.Entities.Count;
                    var clock = CpuClock.Start();
                    await normalizers[i].NormalizeAsync(sequence, Context);
                    Add(inSequence, i, clock, timed);
                    entitiesInSequence[i] += timed ? sequence.Entities.Count - before : 0;
                }

                Add(ref sequences, whole, timed);
            }
        }

        var block = new double[normalizers.Length];
        for (var i = 0; i < normalizers.Length; i++)
        {
            for (var round = -rounds / 2; round < rounds; round++)
            {
                foreach (var document in read)
                {
                    var copy = Copy(document);
                    var clock = CpuClock.Start();
                    await normalizers[i].NormalizeAsync(copy, Context);
                    Add(block, i, clock, round >= 0);
                }
            }
        }

        Print(normalizers, alone, inSequence, entitiesAlone, entitiesInSequence, copies, sequences, characters, rounds);
        PrintBlocks(normalizers, block, rounds);
        return 0;
    }

    private static void PrintBlocks(IDocumentNormalizer[] normalizers, double[] block, int rounds)
    {
        var perOperation = 1000.0 / rounds;
        Console.WriteLine("| normalizer, in a block of its own | CPU ms/op |");
        Console.WriteLine("|---|---:|");
        for (var i = 0; i < normalizers.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {normalizers[i].Name} | {block[i] * perOperation:F3} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sum | {block.Sum() * perOperation:F3} |"));
    }

    internal static async Task<Document[]> ReadFixturesAsync()
    {
        var reader = new PlainTextReader();
        var fixtures = BenchmarkCorpus.TextFixtures();
        var read = new Document[fixtures.Length];
        for (var i = 0; i < fixtures.Length; i++)
        {
            var source = new MemorySourceDocument(fixtures[i].Bytes, new Uri("mem://split/" + fixtures[i].Name));
            using var stream = new MemoryStream(fixtures[i].Bytes, writable: false);
            read[i] = await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.PlainText));
        }

        return read;
    }

    private static Document Copy(Document read) => new(read.Source, read.MediaType, read.Text, read.Blocks, new DocumentMetadata());

    private static void Add(double[] cpu, int i, CpuClock clock, bool timed) => cpu[i] += timed ? clock.Elapsed().Cpu : 0;

    private static void Add(ref double cpu, CpuClock clock, bool timed) => cpu += timed ? clock.Elapsed().Cpu : 0;

    private static void Print(IDocumentNormalizer[] normalizers, double[] alone, double[] inSequence, long[] entitiesAlone, long[] entitiesInSequence, double copies, double sequences, long characters, int rounds)
    {
        var perOperation = 1000.0 / rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# normalizers alone and in sequence, {characters:N0} characters per operation, {rounds} timed rounds; load average {CpuClock.LoadAverage()}"));
        Console.WriteLine("| normalizer | alone, CPU ms/op | in sequence, CPU ms/op | difference | entities alone / in sequence per op |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var i = 0; i < normalizers.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {normalizers[i].Name} | {alone[i] * perOperation:F3} | {inSequence[i] * perOperation:F3} | {(inSequence[i] - alone[i]) * perOperation:+0.000;-0.000} | {entitiesAlone[i] / rounds} / {entitiesInSequence[i] / rounds} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sum | {alone.Sum() * perOperation:F3} | {inSequence.Sum() * perOperation:F3} | {(inSequence.Sum() - alone.Sum()) * perOperation:+0.000;-0.000} | |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| document copies | | {copies * perOperation:F3} | | |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| whole sequence (copy + all, timed around) | | {sequences * perOperation:F3} | | |"));
    }
}
