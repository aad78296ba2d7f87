using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Options;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// Two builds of the normalizers side by side in one process: each <c>Ingest.Normalizers.dll</c> is loaded into a load
/// context of its own, and blocks of operations (the five fixtures as read, the chosen normalizers in pipeline order on a
/// fresh copy of each) alternate between them, in process CPU time. Both builds see the same load, which on a shared
/// machine moves two processes run minutes apart by more than most changes. A build against itself is the control.
/// Run: <c>dotnet Ingest.Benchmarks.dll normalizer-ab BEFORE.dll AFTER.dll [all|dates|numbers|names] [rounds] [block]</c>.
/// </summary>
internal static class NormalizerAb
{
    private static readonly NormalizationContext Context = new(new DateOnly(2020, 11, 12), ReferenceDateOrigin.Configured);

    public static async Task<int> RunAsync(string before, string after, string which, int rounds, int block)
    {
        var read = await NormalizerSplit.ReadFixturesAsync();
        IDocumentNormalizer[][] builds = [Load(before, which), Load(after, which)];
        var cpu = new double[2, builds[0].Length];
        var ratios = new List<double>();
        Warm(builds, read, cpu);
        for (var round = 0; round < rounds; round++)
        {
            var first = round % 2;
            var a = Block(builds[first], read, block, cpu, first);
            var b = Block(builds[1 - first], read, block, cpu, 1 - first);
            ratios.Add(first == 0 ? b / a : a / b);
        }

        Print(builds[0], cpu, ratios, (double)rounds * block);
        return 0;
    }

    private static void Warm(IDocumentNormalizer[][] builds, Document[] read, double[,] cpu)
    {
        for (var i = 0; i < 300; i++)
        {
            Block(builds[0], read, 1, cpu, 0);
            Block(builds[1], read, 1, cpu, 1);
        }

        Array.Clear(cpu);
    }

    /// <summary>Runs <paramref name="block"/> operations of one build; returns their CPU seconds and adds each normalizer's.</summary>
    private static double Block(IDocumentNormalizer[] normalizers, Document[] read, int block, double[,] cpu, int build)
    {
        var whole = CpuClock.Start();
        for (var op = 0; op < block; op++)
        {
            foreach (var document in read)
            {
                var copy = new Document(document.Source, document.MediaType, document.Text, document.Blocks, new DocumentMetadata());
                for (var i = 0; i < normalizers.Length; i++)
                {
                    var clock = CpuClock.Start();
                    normalizers[i].NormalizeAsync(copy, Context).AsTask().GetAwaiter().GetResult();
                    cpu[build, i] += clock.Elapsed().Cpu;
                }
            }
        }

        return whole.Elapsed().Cpu;
    }

    /// <summary>The normalizers named by <paramref name="which"/> from the build at <paramref name="path"/>, in a load context of its own.</summary>
    private static IDocumentNormalizer[] Load(string path, string which)
    {
        var assembly = new AssemblyLoadContext(path).LoadFromAssemblyPath(Path.GetFullPath(path));
        var dates = Create(assembly, "Ingest.Normalizers.Dates.DateNormalizer");
        var numbers = Create(assembly, "Ingest.Normalizers.Numbers.NumberNormalizer");
        var optionsType = assembly.GetType("Ingest.Normalizers.Names.NameNormalizerOptions", throwOnError: true)!;
        var options = typeof(Options).GetMethod(nameof(Options.Create))!.MakeGenericMethod(optionsType).Invoke(null, [Activator.CreateInstance(optionsType)]);
        var names = (IDocumentNormalizer)assembly.GetType("Ingest.Normalizers.Names.NameNormalizer", throwOnError: true)!
            .GetConstructors().Single(c => c.GetParameters().Length == 2).Invoke([options, null]);
        return which switch
        {
            "dates" => [dates],
            "numbers" => [numbers],
            "names" => [names],
            _ => [dates, numbers, names],
        };
    }

    private static IDocumentNormalizer Create(Assembly assembly, string type)
        => (IDocumentNormalizer)Activator.CreateInstance(assembly.GetType(type, throwOnError: true)!)!;

    private static void Print(IDocumentNormalizer[] normalizers, double[,] cpu, List<double> ratios, double operations)
    {
        ratios.Sort();
        var perOperation = 1000.0 / operations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# normalizer-ab, {operations} operations per build; load average {CpuClock.LoadAverage()}"));
        Console.WriteLine("| normalizer | before, CPU ms/op | after, CPU ms/op | after / before |");
        Console.WriteLine("|---|---:|---:|---:|");
        double sumBefore = 0, sumAfter = 0;
        for (var i = 0; i < normalizers.Length; i++)
        {
            sumBefore += cpu[0, i];
            sumAfter += cpu[1, i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {normalizers[i].Name} | {cpu[0, i] * perOperation:F3} | {cpu[1, i] * perOperation:F3} | {cpu[1, i] / cpu[0, i]:F3} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sum | {sumBefore * perOperation:F3} | {sumAfter * perOperation:F3} | {sumAfter / sumBefore:F3} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"block ratio after / before: median {ratios[ratios.Count / 2]:F3}, quartiles {ratios[ratios.Count / 4]:F3} - {ratios[3 * ratios.Count / 4]:F3}"));
    }
}
