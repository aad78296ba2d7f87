using Ingest;
using Ingest.Chunking;
using Ingest.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.Tokenizers;

// Ingests the bundled fixtures (or the folder given) into a SQLite database, chunked at 400 cl100k tokens, then
// searches it: "dotnet run --project samples/Ingest.Samples.Store -- [folder] [database] [words...]".
var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "fixtures");
var database = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "ingest-sample.db");
var words = args.Length > 2 ? string.Join(' ', args[2..]) : "ceasefire Moscow";

var services = new ServiceCollection();
services.AddIngest(b => b
    .AddTextReader()
    .AddDateNormalizer()
    .AddNumberNormalizer()
    .AddNameNormalizer()
    .AddChunking(o =>
    {
        o.MaxTokens = 400;
        o.OverlapTokens = 40;
        o.TokenCounter = TokenCounters.FromTokenizer(TiktokenTokenizer.CreateForEncoding("cl100k_base"), "cl100k_base");
    })
    .AddSqliteStore(database));

await using var provider = services.BuildServiceProvider();
var ingestion = provider.GetRequiredService<IIngestionService>();
var store = provider.GetRequiredService<SqliteDocumentStore>();

await foreach (var result in ingestion.IngestAsync([folder]))
{
    Console.WriteLine($"{result.Status,-9} {result.Source}");
}

store.MarkUnseenAsRemoved(new Uri(Path.GetFullPath(folder)));
var (documents, chunks, entities) = store.Count();
Console.WriteLine($"{database}: {documents} documents, {chunks} chunks, {entities} entities; this run added {store.Counts.Added}, replaced {store.Counts.Replaced}, left {store.Counts.Unchanged} unchanged");

foreach (var hit in store.Search(new ChunkQuery { Text = words, Limit = 3 }))
{
    Console.WriteLine($"\n{hit.Source.LocalPath} [{hit.HeadingPath}] chunk {hit.ChunkIndex}, rank {hit.Score:0.00}");
    Console.WriteLine(hit.Text.Length > 300 ? hit.Text[..300] + "…" : hit.Text);
}
