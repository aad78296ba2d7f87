using Ingest.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// The loop of a plugin worker process (<c>Ingest.PluginWorker</c>): loads one plugin folder as the in-process loader
/// does, says which readers it offers, then reads one document per request until the host closes the pipe. Nothing
/// here guards the reader: a stack overflow or a crash ends this process only, and the host reports it.
/// </summary>
internal static class PluginWorker
{
    public static async Task<int> RunAsync(string folder, Stream input, Stream output)
    {
        var services = new ServiceCollection();
        var builder = new IngestBuilder(services);
        var loaded = PluginLoader.LoadOne(builder, Path.GetFullPath(folder), PluginIsolation.InProcess);
        await using var provider = services.BuildServiceProvider();
        var registrations = provider.GetServices<ReaderRegistration>().ToArray();
        var readers = registrations.Select(r => r.Factory(provider)).ToArray();
        var hello = new WorkerHello(
            loaded.Status == PluginLoadStatus.Loaded,
            readers.Select((r, i) => new WorkerReaderInfo(r.Name, registrations[i].ReaderType.Name, registrations[i].Priority, r.Formats)).ToArray(),
            loaded.Normalizers,
            loaded.Diagnostics);
        await PluginWorkerProtocol.WriteHelloAsync(output, hello, CancellationToken.None).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);

        while (await PluginWorkerProtocol.ReadRequestAsync(input, CancellationToken.None).ConfigureAwait(false) is { } request)
        {
            using var content = request.Content;
            Document document;
            try
            {
                document = await readers[request.Reader].ReadAsync(content, request.Context, CancellationToken.None).ConfigureAwait(false);
            }
            catch (DocumentReadException e)
            {
                await PluginWorkerProtocol.WriteErrorAsync(output, e.Code, e.Message, CancellationToken.None).ConfigureAwait(false);
                continue;
            }
            catch (Exception e)
            {
                // As in process: anything but a DocumentReadException is a read failure naming the exception.
                await PluginWorkerProtocol.WriteErrorAsync(output, "read.failed", $"{e.GetType().Name}: {e.Message}", CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            await PluginWorkerProtocol.WriteDocumentAsync(output, document, CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }
}
