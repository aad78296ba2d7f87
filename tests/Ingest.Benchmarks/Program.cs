using System.Globalization;
using BenchmarkDotNet.Running;
using Ingest.Benchmarks.Pipeline;

// `memory [parallelism]`: the batch-size memory check (each batch in a child process, `memory-batch <count> <parallelism>`).
// Anything else goes to BenchmarkDotNet: dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*Html*'
if (args.Length > 0 && args[0] == "memory")
{
    return MemoryFlatnessCheck.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2);
}

if (args.Length == 3 && args[0] == "memory-batch")
{
    return await MemoryFlatnessCheck.RunBatchAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
}

// Product-path checks, timed in process CPU time (see Product/): product [passes], stages [rounds], store-cost, store-write [MB] [database] (the store's phase alone, to profile), store-query-db (builds the
// store StoreQueryBenchmark queries).
switch (args.Length > 0 ? args[0] : string.Empty)
{
    case "product":
        return await Ingest.Benchmarks.Product.ProductPathCheck.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    case "stages":
        return await Ingest.Benchmarks.Product.StageTimings.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
    case "store-query-db":
        Ingest.Benchmarks.Store.StoreQueryBenchmark.EnsureStore();
        return 0;
    case "normalizer-split":
        return await Ingest.Benchmarks.Product.NormalizerSplit.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200);
    case "normalizer-ab" when args.Length > 2:
        return await Ingest.Benchmarks.Product.NormalizerAb.RunAsync(args[1], args[2], args.Length > 3 ? args[3] : "all",
            args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 200, args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 4);
    case "linear":
        return await Ingest.Benchmarks.Product.LinearCost.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50);
    case "html-cpu":
        return await Ingest.Benchmarks.Html.HtmlCpuCheck.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
    case "store-write":
        return await Ingest.Benchmarks.Product.StoreCostCheck.WriteOnlyAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100, args.Length > 2 ? args[2] : null);
    case "pdf-cpu" when args.Length > 1:
        return await Ingest.Benchmarks.Pdf.PdfCpuCheck.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, args.Length > 3 ? args[3] : null);
    case "store-cost":
        return await Ingest.Benchmarks.Product.StoreCostCheck.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
