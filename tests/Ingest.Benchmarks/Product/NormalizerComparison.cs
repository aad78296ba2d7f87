using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Ingest.Benchmarks.Pipeline;
using Microsoft.Extensions.Options;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// This build's normalizers against another build's, in one process: the other build's <c>Ingest.Normalizers.dll</c>
/// is loaded into an assembly load context of its own (everything else is shared), and each round times a batch of
/// passes over the five fixture texts with each build, in alternating order, in the thread's CPU time. On a shared
/// machine whose speed moves by a third between runs, the per-round ratio compares the two builds at the same moment.
/// Run: <c>dotnet Ingest.Benchmarks.dll normalizer-ab OTHER_BUILD_FOLDER [rounds, default 60] [names|all]</c>.
/// </summary>
internal static class NormalizerComparison
{
    private const int PassesPerBatch = 10;

    private static readonly NormalizationContext Context = new(new DateOnly(2020, 11, 12), ReferenceDateOrigin.Configured);

    public static async Task<int> RunAsync(string otherFolder, int rounds, string which)
    {
        rounds = Math.Max(2, rounds);
        var read = await ReadFixturesAsync();
        var sides = new[] { Load(Path.GetFullPath(otherFolder), which), Select(BenchmarkCorpus.AllNormalizers(), which) };
        var times = new[] { new List<double>(), new List<double>() };
        var entities = new long[2];
        for (var round = -rounds / 3; round < rounds; round++)
        {
            for (var k = 0; k < 2; k++)
            {
                var side = (round & 1) == 0 ? k : 1 - k;
                var start = CpuClock.ThreadCpuSeconds();
                entities[side] += await PassesAsync(read, sides[side]);
                if (round >= 0)
                {
                    times[side].Add((CpuClock.ThreadCpuSeconds() - start) * 1000 / PassesPerBatch);
                }
            }
        }

        var ratios = times[0].Zip(times[1], static (other, own) => own / other).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{which}, {read.Sum(d => d.Text.Length):N0} characters per pass, {rounds} rounds of {PassesPerBatch} passes, thread CPU ms per pass: other build median {Median(times[0]):F3} (fastest {times[0].Min():F3}), this build median {Median(times[1]):F3} (fastest {times[1].Min():F3}); this / other per round: median {ratios[ratios.Count / 2]:F3}, range {ratios[0]:F3}-{ratios[^1]:F3}; entities {entities[0]} / {entities[1]}; load {CpuClock.LoadAverage()}"));
        return entities[0] == entities[1] ? 0 : 1;
    }

    private static async Task<long> PassesAsync(Document[] read, IDocumentNormalizer[] normalizers)
    {
        long entities = 0;
        for (var pass = 0; pass < PassesPerBatch; pass++)
        {
            foreach (var document in read)
            {
                var copy = new Document(document.Source, document.MediaType, document.Text, document.Blocks, new DocumentMetadata());
                foreach (var normalizer in normalizers)
                {
                    await normalizer.NormalizeAsync(copy, Context);
                }

                entities += copy.Entities.Count;
            }
        }

        return entities;
    }

    private static IDocumentNormalizer[] Select(IDocumentNormalizer[] all, string which)
        => which == "all" ? all : Array.FindAll(all, n => n.Name == which);

    /// <summary>The other build's normalizers, made by reflection as <see cref="BenchmarkCorpus.AllNormalizers"/> makes this build's.</summary>
    private static IDocumentNormalizer[] Load(string folder, string which)
    {
        var assembly = new OtherBuildContext(folder).LoadFromAssemblyName(new AssemblyName("Ingest.Normalizers"));
        IDocumentNormalizer Make(string type, params object?[] arguments)
            => (IDocumentNormalizer)Activator.CreateInstance(assembly.GetType(type, throwOnError: true)!, arguments)!;

        var optionsType = assembly.GetType("Ingest.Normalizers.Names.NameNormalizerOptions", throwOnError: true)!;
        var options = typeof(Options).GetMethod(nameof(Options.Create))!.MakeGenericMethod(optionsType).Invoke(null, [Activator.CreateInstance(optionsType)]);
        IDocumentNormalizer[] all =
        [
            Make("Ingest.Normalizers.Dates.DateNormalizer"),
            Make("Ingest.Normalizers.Numbers.NumberNormalizer"),
            Make("Ingest.Normalizers.Names.NameNormalizer", options, null),
        ];
        return Select(all, which);
    }

    private static async Task<Document[]> ReadFixturesAsync()
    {
        var reader = new PlainTextReader();
        var fixtures = BenchmarkCorpus.TextFixtures();
        var read = new Document[fixtures.Length];
        for (var i = 0; i < fixtures.Length; i++)
        {
            var source = new MemorySourceDocument(fixtures[i].Bytes, new Uri("mem://ab/" + fixtures[i].Name));
            using var stream = new MemoryStream(fixtures[i].Bytes, writable: false);
            read[i] = await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.PlainText));
        }

        return read;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Loads the other build's <c>Ingest.Normalizers</c>; every other assembly comes from the default context.</summary>
    private sealed class OtherBuildContext(string folder) : AssemblyLoadContext("other-build")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
            => assemblyName.Name == "Ingest.Normalizers" ? LoadFromAssemblyPath(Path.Combine(folder, "Ingest.Normalizers.dll")) : null;
    }
}
