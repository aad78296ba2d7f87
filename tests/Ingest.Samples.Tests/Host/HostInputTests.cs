using System.Text.Json;

namespace Ingest.Samples.Tests.Host;

public sealed class HostInputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingest-host-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_missing_path_next_to_a_good_one_gets_a_row_and_a_record_and_exit_code_1()
    {
        var good = Write("good.txt", "A short note written on 3 May 2021.");
        var missing = Path.Combine(_root, "missing.txt");

        var (exitCode, stdout, stderr) = await HostProcess.RunAsync("--json", good, missing);

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{stderr}");
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, records.Count);
        var failed = Assert.Single(records, r => r.GetProperty("status").GetString() == "failed");
        Assert.EndsWith("missing.txt", failed.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("missing.txt", stderr, StringComparison.Ordinal);
        Assert.Contains("2 documents: 1 succeeded, 0 partial, 1 failed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_come_in_the_order_of_the_inputs_with_parallel_workers_unless_unordered_is_asked()
    {
        // The first input is the largest, so the workers finish it last.
        var paths = new List<string> { Write("big.txt", string.Concat(Enumerable.Repeat("Talks resumed in Geneva on 3 May 2021. ", 40_000))) };
        paths.AddRange(Enumerable.Range(1, 11).Select(i => Write($"small-{i}.txt", $"Note {i} of 12, written on {i} June 2020.")));

        var (ordered, orderedOut, orderedErr) = await HostProcess.RunAsync(["--json", "--parallel", "4", .. paths]);
        var (unordered, unorderedOut, unorderedErr) = await HostProcess.RunAsync(["--json", "--parallel", "4", "--unordered", .. paths]);

        Assert.True(ordered == 0, $"exit code {ordered}\n{orderedErr}");
        Assert.True(unordered == 0, $"exit code {unordered}\n{unorderedErr}");
        Assert.Equal(paths.Select(Path.GetFileName), Sources(orderedOut));
        Assert.Equal(paths.Select(Path.GetFileName).Order(), Sources(unorderedOut).Order());
    }

    private static List<string?> Sources(string jsonLines)
        => jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()))
            .ToList();

    [Fact]
    public async Task An_empty_folder_exits_2_with_a_row_saying_so()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        var (exitCode, _, stderr) = await HostProcess.RunAsync(empty);

        Assert.True(exitCode == 2, $"exit code {exitCode}\n{stderr}");
        Assert.Contains(SourceDiagnosticCodes.Empty, stderr, StringComparison.Ordinal);
        Assert.Contains("nothing to ingest", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pattern_that_matches_nothing_exits_2()
    {
        Write("a.txt", "text");

        var (exitCode, _, stderr) = await HostProcess.RunAsync(Path.Combine(_root, "*.pdf"));

        Assert.True(exitCode == 2, $"exit code {exitCode}\n{stderr}");
        Assert.Contains(SourceDiagnosticCodes.NoMatch, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_plugins_folder_exits_2()
    {
        var (exitCode, _, stderr) = await HostProcess.RunAsync("--plugins", Path.Combine(_root, "no-plugins"), Write("a.txt", "text"));

        Assert.Equal(2, exitCode);
        Assert.Contains("plugins folder not found", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e12")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("10000000")]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task A_timeout_the_pipeline_cannot_use_is_a_usage_error_not_a_crash(string seconds)
    {
        var (exitCode, _, stderr) = await HostProcess.RunAsync("--timeout", seconds, Write("a.txt", "text"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--timeout needs a number of seconds", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_workers_is_a_usage_error_that_names_the_limit_and_why()
    {
        var (exitCode, _, stderr) = await HostProcess.RunAsync("--parallel", "1000000", Write("a.txt", "text"));

        Assert.Equal(2, exitCode);
        Assert.Contains($"--parallel needs a whole number from 1 to {64 * Environment.ProcessorCount} (64 per processor", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--json and --out", "--json", "--out", "results.jsonl")]
    [InlineData("--out needs a file path", "--out", "--json")]
    [InlineData("unknown option '-v'", "-v")]
    [InlineData("--isolate-plugins and --in-process-plugins contradict each other", "--in-process-plugins", "--isolate-plugins")]
    public async Task Contradictory_or_unknown_options_are_usage_errors(string message, params string[] arguments)
    {
        var (exitCode, _, stderr) = await HostProcess.RunAsync([.. arguments, Write("a.txt", "text")]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists("--json"));
    }

    [Fact]
    public async Task The_plugin_reader_recognises_csv_content_in_a_file_not_named_csv()
    {
        using var plugins = new TemporaryPluginsFolder();
        plugins.Add("Ingest.Samples.Plugin");
        var data = Write("contacts.txt", "Name,Email\nAda,ada@example.org\nAlan,alan@example.com\n");

        var (exitCode, stdout, stderr) = await HostProcess.RunAsync("--plugins", plugins.Path, "--json", data);

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stderr}");
        var record = JsonDocument.Parse(stdout.Trim()).RootElement;
        Assert.Equal("csv", record.GetProperty("reader").GetString());
        Assert.Equal("text/csv", record.GetProperty("mediaType").GetString());
    }
}
