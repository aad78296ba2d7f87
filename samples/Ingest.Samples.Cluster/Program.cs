// A silo that ingests, and a client of it, in one process: `dotnet run --project samples/Ingest.Samples.Cluster -- [folder]`.
// Start more copies with INGEST_SILO_PORT set to other ports to see a batch spread over several silos on one machine
// (localhost clustering: the first silo, on 11111, is the primary). The database comes from INGEST_POSTGRES.
// With `--postgres CONN` the silos find each other through Orleans' membership table in that PostgreSQL database
// (ADO.NET clustering, schema created by the first silo) and keep reminders there; no silo is special then.
using System.Globalization;
using Ingest;
using Ingest.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var postgresAt = Array.IndexOf(args, "--postgres");
var postgresClustering = postgresAt >= 0 && postgresAt + 1 < args.Length ? args[postgresAt + 1] : null;
var positional = args.Where((_, i) => postgresAt < 0 || (i != postgresAt && i != postgresAt + 1)).ToArray();
var connectionString = postgresClustering
    ?? Environment.GetEnvironmentVariable("INGEST_POSTGRES")
    ?? "Host=127.0.0.1;Port=5432;Username=ingest;Password=ingest;Database=ingest_test";
var folder = positional.Length > 0 ? positional[0] : Path.Combine(AppContext.BaseDirectory, "fixtures");
var siloPort = int.Parse(Environment.GetEnvironmentVariable("INGEST_SILO_PORT") ?? "11111", CultureInfo.InvariantCulture);

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo =>
{
    if (postgresClustering is null)
    {
        silo.UseLocalhostClustering(siloPort, siloPort + 19000, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 11111));
    }
    else
    {
        silo.ConfigureEndpoints(System.Net.IPAddress.Loopback, siloPort, siloPort + 19000)
            .UseIngestPostgresClustering(postgresClustering)
            .UseIngestPostgresReminders(postgresClustering);
    }

    silo.UseIngest(
        cluster => cluster.ConnectionString = connectionString,
        ingest => ingest.AddTextReader().AddDateNormalizer().AddNumberNormalizer().AddNameNormalizer());
});
using var host = builder.Build();
await host.StartAsync();

var grains = host.Services.GetRequiredService<IGrainFactory>();
var batchId = "sample-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var batch = grains.GetGrain<IIngestBatchGrain>(batchId);
var progress = await batch.StartAsync([folder], partitions: 4);
while (!progress.IsFinished)
{
    Console.WriteLine($"{progress.BatchId}: {progress.Done} done, {progress.Failed} failed, {progress.InFlight} in flight of {progress.Total}");
    await Task.Delay(500);
    progress = await batch.GetProgressAsync();
}

foreach (var silo in progress.Silos)
{
    Console.WriteLine($"  {silo.Silo}: {silo.Done} done, {silo.Failed} failed");
}

Console.WriteLine($"{progress.BatchId}: {progress.Done} done, {progress.Failed} failed of {progress.Total}");
await host.StopAsync();
