using System.Globalization;
using System.Text;
using System.Text.Json;
using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Names;
using Ingest.Normalizers.Numbers;
using Microsoft.Extensions.Options;

namespace Ingest.Evaluation.Dump;

/// <summary>
/// Writes every date, number and name entity (with all its properties) and every diagnostic the normalizers give over
/// the Recognizers-Text specification inputs and the text fixtures, one line each, so that a change meant to keep the
/// output can be checked by comparing two dumps byte for byte.
/// </summary>
/// <remarks>
/// Each specification input is normalized four ways (all three normalizers, dates alone, numbers alone, dates then
/// numbers) against its case's reference date; each specification file and each fixture whole with all three; each
/// fixture also line by line and as read by the text reader (with its blocks), the four ways with and without a
/// reference date. <c>--fixtures DIR</c> names the fixture folder (default <c>../shared/fixtures</c>).
/// </remarks>
internal sealed class EntityDumpSuite : IEvaluationSuite
{
    private static readonly DateOnly DefaultReference = new(2016, 11, 7);

    public string Name => "entity-dump";

    public string Description => "every date, number and name entity with its properties over the Recognizers-Text inputs and the text fixtures, to compare two builds' output; --fixtures DIR";

    public async Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var at = options.ToList().IndexOf("--fixtures");
        var fixtures = at >= 0 && at + 1 < options.Count ? options[at + 1] : Path.Combine("..", "shared", "fixtures");
        var ways = Ways();
        foreach (var file in Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            var json = await File.ReadAllTextAsync(file, cancellationToken);
            DumpSpecification(name, json, ways, output);
            Write(output, $"{name} whole", json, DefaultReference, ways[0].Normalizers);
        }

        foreach (var file in Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await DumpFixtureAsync(file, ways, output, cancellationToken);
        }

        return 0;
    }

    private static (string Name, IDocumentNormalizer[] Normalizers)[] Ways()
    {
        var dates = new DateNormalizer();
        var numbers = new NumberNormalizer();
        var names = new NameNormalizer(Options.Create(new NameNormalizerOptions()));
        return [("all", [dates, numbers, names]), ("dates", [dates]), ("numbers", [numbers]), ("dates+numbers", [dates, numbers])];
    }

    private static void DumpSpecification(string name, string json, (string Name, IDocumentNormalizer[] Normalizers)[] ways, TextWriter output)
    {
        using var document = JsonDocument.Parse(json);
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var input = item.TryGetProperty("Input", out var value) ? value.GetString() ?? string.Empty : string.Empty;
            var reference = ReferenceOf(item) ?? DefaultReference;
            foreach (var (way, normalizers) in ways)
            {
                Write(output, $"{name} #{index} {way}", input, reference, normalizers);
            }

            index++;
        }
    }

    private static async Task DumpFixtureAsync(string file, (string Name, IDocumentNormalizer[] Normalizers)[] ways, TextWriter output, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var source = new MemorySourceDocument(bytes, new Uri("mem://text/" + name));
        using var stream = new MemoryStream(bytes, writable: false);
        var read = await new PlainTextReader().ReadAsync(stream, new ReadContext(source, "text/plain"), cancellationToken);
        var text = Encoding.UTF8.GetString(bytes);
        foreach (DateOnly? reference in new DateOnly?[] { DefaultReference, null })
        {
            foreach (var (way, normalizers) in ways)
            {
                var label = $"{name} {way} {reference?.ToString("O", CultureInfo.InvariantCulture) ?? "no-reference"}";
                Write(output, label + " read", Normalize(new Document(read.Source, read.MediaType, read.Text, read.Blocks, new DocumentMetadata()), reference, normalizers));
                Write(output, label + " whole", text, reference, normalizers);
                var line = 0;
                foreach (var part in text.Split('\n'))
                {
                    Write(output, $"{label} line {line++}", part, reference, normalizers);
                }
            }
        }
    }

    private static void Write(TextWriter output, string label, string text, DateOnly? reference, IDocumentNormalizer[] normalizers)
        => Write(output, label, Normalize(new Document(new Uri("mem://dump"), "text/plain", text, [], new DocumentMetadata()), reference, normalizers));

    private static Document Normalize(Document document, DateOnly? reference, IDocumentNormalizer[] normalizers)
    {
        var context = new NormalizationContext(reference, reference is null ? ReferenceDateOrigin.None : ReferenceDateOrigin.Configured);
        foreach (var normalizer in normalizers)
        {
            normalizer.NormalizeAsync(document, context).AsTask().GetAwaiter().GetResult();
        }

        return document;
    }

    private static void Write(TextWriter output, string label, Document document)
    {
        foreach (var entity in document.Entities)
        {
            output.WriteLine($"{label} | {entity} | {Properties(entity)}");
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            output.WriteLine($"{label} | diagnostic {diagnostic}");
        }
    }

    private static string Properties(Entity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            entity.WriteProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static DateOnly? ReferenceOf(JsonElement item) =>
        item.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var value)
            && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateOnly.FromDateTime(date)
            : null;
}
