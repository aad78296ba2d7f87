using System.Diagnostics;
using System.Net.Sockets;
using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Reliability;

public sealed class FileSourceReliabilityTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingest-rel-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            // A tree deeper than the system's path length is removed the way it was made.
            Run("rm", "-rf", _root);
        }
    }

    private string Write(string relative, string text = "Some text.")
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<List<IngestResult>> IngestAsync(FileSystemSource source, TimeSpan? timeout = null)
    {
        await using var provider = PipelineHarness.Build(options: o => o.DocumentTimeout = timeout ?? TimeSpan.FromSeconds(20));
        var results = new List<IngestResult>();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync(source.GetDocumentsAsync()))
        {
            results.Add(result);
        }

        return results;
    }

    private static string Code(IngestResult result) => result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).Code;

    [Fact]
    public async Task A_fifo_named_like_a_text_file_is_refused_without_opening_and_does_not_hang()
    {
        if (!OperatingSystem.IsLinux() || !Run("mkfifo", Path.Combine(_root, "x.txt")))
        {
            return;
        }

        Write("a.txt");
        var clock = Stopwatch.StartNew();

        var results = await IngestAsync(new FileSystemSource(_root));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(2, results.Count);
        var fifo = results.Single(r => r.Source.LocalPath.EndsWith("x.txt", StringComparison.Ordinal));
        Assert.Equal(IngestStatus.Failed, fifo.Status);
        Assert.Equal("source.not-regular-file", Code(fifo));
        Assert.Contains("FIFO", fifo.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(IngestStatus.Succeeded, results.Single(r => r != fifo).Status);
    }

    [Fact]
    public async Task A_socket_and_a_character_device_are_refused()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_root, "s.txt")));

        var results = await IngestAsync(new FileSystemSource(_root));
        var device = await IngestAsync(new FileSystemSource("/dev/zero"));

        Assert.Equal("source.not-regular-file", Code(Assert.Single(results)));
        Assert.Equal("source.not-regular-file", Code(Assert.Single(device)));
        Assert.Contains("character device", device[0].Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_its_own_directory_gives_the_file_once_and_reports_the_loop()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("only.txt");
        Directory.CreateSymbolicLink(Path.Combine(_root, "self"), ".");

        var results = await IngestAsync(new FileSystemSource(_root));

        Assert.Single(results, r => r.Status == IngestStatus.Succeeded);
        Assert.Equal("source.symlink-loop", Code(Assert.Single(results, r => r.Status == IngestStatus.Failed)));
    }

    [Fact]
    public async Task Two_links_into_each_other_end_and_every_file_is_read_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("a/one.txt");
        Write("b/two.txt");
        Directory.CreateSymbolicLink(Path.Combine(_root, "a", "to-b"), "../b");
        Directory.CreateSymbolicLink(Path.Combine(_root, "b", "to-a"), "../a");

        var results = await IngestAsync(new FileSystemSource(_root));

        var read = results.Where(r => r.Status == IngestStatus.Succeeded).Select(r => Path.GetFileName(r.Source.LocalPath)).Order().ToList();
        Assert.Equal(["one.txt", "two.txt"], read);
        Assert.All(results.Where(r => r.Status == IngestStatus.Failed), r => Assert.Equal("source.symlink-loop", Code(r)));
    }

    [Fact]
    public async Task Links_out_of_the_input_root_are_not_followed_unless_asked()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var outside = Directory.CreateTempSubdirectory("ingest-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "outside text");
            var input = Path.Combine(_root, "in");
            Directory.CreateDirectory(input);
            File.CreateSymbolicLink(Path.Combine(input, "file-link.txt"), Path.Combine(outside, "secret.txt"));
            Directory.CreateSymbolicLink(Path.Combine(input, "dir-link"), outside);

            var refused = await IngestAsync(new FileSystemSource(input));
            var followed = await IngestAsync(new FileSystemSource(input) { FollowLinksOutsideRoot = true });

            Assert.Equal(2, refused.Count);
            Assert.All(refused, r => Assert.Equal("source.outside-root", Code(r)));
            Assert.Equal(2, followed.Count);
            Assert.All(followed, r => Assert.Equal("outside text", r.Document!.Text));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_below_a_path_longer_than_the_system_allows_is_reported_not_skipped()
    {
        // Built one short step at a time with relative paths, as only a shell can past the system's path length.
        if (!OperatingSystem.IsLinux() || !Run("sh", "-c", "cd \"$0\" && for i in $(seq 1 60); do mkdir d123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789 && cd d123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789 || exit 1; done && echo deep > deep.txt", _root))
        {
            return;
        }

        Write("short.txt");

        var results = await IngestAsync(new FileSystemSource(_root));

        Assert.Contains(results, r => r.Status == IngestStatus.Succeeded);
        var failed = Assert.Single(results, r => r.Status == IngestStatus.Failed);
        Assert.True(Code(failed) is "source.directory-unreadable" or "source.path-too-long", Code(failed));
        Assert.Contains(nameof(PathTooLongException), failed.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Percent_signs_in_file_names_keep_their_identity_and_never_collide()
    {
        var names = GeneratedInputs.AwkwardNames(seed: 3).Append("pctA.txt").Append("café.txt").ToList();
        foreach (var name in names)
        {
            Write(name, "Text of " + name);
        }

        var results = await IngestAsync(new FileSystemSource(_root));

        Assert.Equal(names.Count, results.Count);
        Assert.Equal(names.Count, results.Select(r => r.Source.ToString()).Distinct(StringComparer.Ordinal).Count());
        foreach (var result in results)
        {
            var name = Path.GetFileName(result.Source.LocalPath);
            Assert.Contains(name, names);
            Assert.Equal("Text of " + name, result.Document!.Text);
            Assert.Equal(result.Source, new Uri(result.Source.ToString()));
        }

        Assert.EndsWith("/pct%2541.txt", results.Single(r => r.Source.LocalPath.EndsWith("pct%41.txt", StringComparison.Ordinal)).Source.ToString(), StringComparison.Ordinal);
    }

    private static bool Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true });
            if (process is null)
            {
                return false;
            }

            process.WaitForExit(30_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
