using System.Text.Json;
using Ingest.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// The loop of a plugin worker process (<c>Ingest.PluginWorker</c>): loads one plugin folder as the in-process loader
/// does, says which readers and normalizers it offers, then serves one request at a time (read a document, or run a
/// normalizer over one) until the host closes the pipe. Nothing here guards the plugin: a stack overflow or a crash
/// ends this process only, and the host reports it.
/// </summary>
internal static class PluginWorker
{
    public static async Task<int> RunAsync(string folder, Stream input, Stream output)
    {
        var services = new ServiceCollection();
        var builder = new IngestBuilder(services);
        var loaded = PluginLoader.LoadOne(builder, Path.GetFullPath(folder), PluginIsolation.InProcess, isolationChosen: true);
        await using var provider = services.BuildServiceProvider();
        var registrations = provider.GetServices<ReaderRegistration>().ToArray();
        var readers = registrations.Select(r => r.Factory(provider)).ToArray();
        var normalizerRegistrations = provider.GetServices<NormalizerRegistration>().ToArray();
        var normalizers = normalizerRegistrations.Select(r => r.Factory(provider)).ToArray();
        var hello = new WorkerHello(
            loaded.Status == PluginLoadStatus.Loaded,
            readers.Select((r, i) => new WorkerReaderInfo(r.Name, registrations[i].ReaderType.Name, registrations[i].Priority, r.Formats)
            {
                Sniffs = r is IFormatSniffer,
                IsConclusive = r is not IFormatSniffer { IsConclusive: false },
            }).ToArray(),
            normalizers.Select((n, i) => new WorkerNormalizerInfo(n.Name, normalizerRegistrations[i].NormalizerType.Name, normalizerRegistrations[i].Order)).ToArray(),
            loaded.Diagnostics);
        await PluginWorkerProtocol.WriteHelloAsync(output, hello, CancellationToken.None).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);

        while (await WireFrames.ReadAsync(input, CancellationToken.None).ConfigureAwait(false) is { } header)
        {
            using var json = JsonDocument.Parse(header);
            var request = json.RootElement;
            if (request.TryGetProperty("sniffer", out _))
            {
                await SniffMessages.AnswerAsync(request, readers, output).ConfigureAwait(false);
                continue;
            }

            var served = request.TryGetProperty("normalizer", out _)
                ? await NormalizeAsync(request, normalizers, input, output).ConfigureAwait(false)
                : await ReadAsync(request, readers, input, output).ConfigureAwait(false);
            if (!served)
            {
                break;
            }
        }

        return 0;
    }

    private static async Task<bool> ReadAsync(JsonElement header, IDocumentReader[] readers, Stream input, Stream output)
    {
        var request = await PluginWorkerProtocol.ReadRequestAsync(header, input, CancellationToken.None).ConfigureAwait(false);
        using var content = request.Content;
        Document document;
        try
        {
            document = await readers[request.Reader].ReadAsync(content, request.Context, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DocumentReadException e)
        {
            await PluginWorkerProtocol.WriteErrorAsync(output, e.Code, e.Message, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception e)
        {
            // As in process: anything but a DocumentReadException is a read failure naming the exception.
            await PluginWorkerProtocol.WriteErrorAsync(output, "read.failed", $"{e.GetType().Name}: {e.Message}", CancellationToken.None).ConfigureAwait(false);
            return true;
        }

        await PluginWorkerProtocol.WriteDocumentAsync(output, document, CancellationToken.None).ConfigureAwait(false);
        return true;
    }

    private static async Task<bool> NormalizeAsync(JsonElement header, IDocumentNormalizer[] normalizers, Stream input, Stream output)
    {
        if (await NormalizeMessages.ReadRequestAsync(header, input, CancellationToken.None).ConfigureAwait(false) is not { } request)
        {
            return false;
        }

        var document = request.Document;
        document.EntityList.Limit = request.EntityLimit;
        var entitiesBefore = document.Entities.Count;
        var diagnosticsBefore = document.Diagnostics.Count;
        string? failure = null;
        try
        {
            await normalizers[request.Normalizer].NormalizeAsync(document, request.Context, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // As in process, a normalizer that throws fails its stage; what it added before that is kept.
            failure = $"{e.GetType().Name}: {e.Message}";
        }

        await NormalizeMessages.WriteOutcomeAsync(output, document, entitiesBefore, diagnosticsBefore, failure, CancellationToken.None).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        return true;
    }
}
