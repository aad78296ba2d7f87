using System.Text.Json;

namespace Ingest.Samples.Tests.Host;

public sealed class ConsoleHostPluginTests
{
    [Fact]
    public async Task Host_with_in_process_plugins_reads_csv_with_the_plugin_reader_and_normalizer_and_reports_a_bad_plugin()
    {
        using var plugins = new TemporaryPluginsFolder();
        plugins.Add("Ingest.Samples.Plugin");
        plugins.Add("ThrowingPlugin");
        var csv = Path.Combine(plugins.Path, "contacts.csv");
        await File.WriteAllTextAsync(csv, "Name,Email,Note\nAda Lovelace,Ada@Example.ORG,\"first, \"\"programmer\"\"\"\nAlan Turing,alan@turing.example.com,\"two\nlines\"\n");

        // Opted in to in-process loading: the plugin's types run in the host, as for trusted code.
        var (exitCode, stdout, stderr) = await RunHostAsync("--plugins", plugins.Path, "--in-process-plugins", "--json", csv);

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stderr}");
        using var json = JsonDocument.Parse(stdout.Trim());
        var record = json.RootElement;
        Assert.Equal("csv", record.GetProperty("reader").GetString());
        Assert.Equal("text/csv", record.GetProperty("mediaType").GetString());
        // The plugin's normalizer runs after the built-ins (its order is NormalizerOrder.Names + 50).
        Assert.Equal("emails", record.GetProperty("normalizers").EnumerateArray().Select(n => n.GetString()).Last());
        Assert.Equal(
            "Name: Ada Lovelace; Email: Ada@Example.ORG; Note: first, \"programmer\"\n\nName: Alan Turing; Email: alan@turing.example.com; Note: two lines",
            record.GetProperty("text").GetString());
        Assert.Equal(2, record.GetProperty("blocks").GetArrayLength());
        var emails = record.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "email").ToList();
        Assert.Equal(["Ada@example.org", "alan@turing.example.com"], emails.Select(e => e.GetProperty("value").GetString()));

        Assert.Contains("plugin samples: loaded (readers: CsvReader; normalizers: EmailNormalizer)", stderr, StringComparison.Ordinal);
        Assert.Contains("plugin ThrowingPlugin: skipped: plugin.registration-failed", stderr, StringComparison.Ordinal);
        var row = stderr.Split('\n').Single(l => l.StartsWith("contacts.csv", StringComparison.Ordinal));
        Assert.Matches(@"^contacts\.csv\s+csv\s+succeeded\s+2\s+\d+\s+.*\bemails\b", row.TrimEnd());
    }

    [Fact]
    public async Task Host_without_plugins_does_not_load_the_plugin_even_when_it_sits_next_to_the_input()
    {
        using var plugins = new TemporaryPluginsFolder();
        plugins.Add("Ingest.Samples.Plugin");
        var csv = Path.Combine(plugins.Path, "contacts.csv");
        await File.WriteAllTextAsync(csv, "Name,Email\nAda,ada@example.org\n");

        var (_, stdout, stderr) = await RunHostAsync("--json", csv);

        Assert.DoesNotContain("plugin samples", stderr, StringComparison.Ordinal);
        // The host's own CSV reader (also named csv) reads it; the plugin's would write its csv.columns metadata.
        Assert.DoesNotContain("\"csv.columns\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"delimiter\":\",\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_with_no_arguments_writes_five_records_with_every_word_title_author_and_date()
    {
        var (exitCode, stdout, stderr) = await RunHostAsync();

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stderr}");
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, records.Count);
        var expected = new Dictionary<string, (string Title, string? Author, string? Published)>
        {
            ["000"] = ("The Fall of Karabakh", null, "2023-09-20"),
            ["001"] = ("Russia, Turkey negotiate cease-fire in Armenian-Azeri war over Karabakh", "Alex Lantier", "2020-11-12"),
            ["002"] = ("Nagorno-Karabakh: the bleeding wound of post-Soviet nationalism", null, null),
            ["003"] = ("Joint statement by revolutionary socialists in Turkey and Russia on the situation in Karabakh", null, "2020-11-14"),
            ["004"] = ("Armenian-Azerbaijan war turns Caucasus, Central Asia, Russia into a powder keg", "Clara Weiss", "2020-10-05"),
        };
        foreach (var record in records)
        {
            var file = Path.GetFileName(new Uri(record.GetProperty("source").GetString()!).LocalPath);
            var (title, author, published) = expected[file[..3]];
            var metadata = record.GetProperty("metadata");
            Assert.Equal("succeeded", record.GetProperty("status").GetString());
            Assert.Equal(title, metadata.GetProperty("title").GetString());
            Assert.Equal(author, metadata.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).SingleOrDefault());
            Assert.Equal(published, metadata.GetProperty("published").GetString());

            // Every word of the fixture, in order; link targets are annotations, not text, so they are left out.
            var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));
            var withoutLinkTargets = System.Text.RegularExpressions.Regex.Replace(fixture, @"\]\([^)]*\)", "]");
            Assert.Null(Ingest.Testing.WordMetrics.FirstMissingInOrder(record.GetProperty("text").GetString()!, withoutLinkTargets));
        }
    }

    [Fact]
    public async Task Host_with_plugins_by_default_survives_a_plugin_stack_overflow_and_reads_the_other_documents()
    {
        using var plugins = new TemporaryPluginsFolder();
        plugins.Add("OverflowingPlugin");
        var inputs = Path.Combine(plugins.Path, "inputs");
        Directory.CreateDirectory(inputs);
        await File.WriteAllTextAsync(Path.Combine(inputs, "a.ovf"), "first\nbody");
        await File.WriteAllTextAsync(Path.Combine(inputs, "b.ovf"), "overflow");
        await File.WriteAllTextAsync(Path.Combine(inputs, "c.ovf"), "third\nbody");

        var (exitCode, stdout, stderr) = await RunHostAsync("--plugins", plugins.Path, "--parallel", "1", "--json", inputs);

        // Exit code 1 (one document failed), not the 134 of a host ended by the overflow.
        Assert.True(exitCode == 1, $"exit code {exitCode}\n{stderr}");
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => Path.GetFileName(new Uri(r.GetProperty("source").GetString()!).LocalPath), r => r);
        Assert.Equal(["a.ovf", "b.ovf", "c.ovf"], records.Keys.Order());
        Assert.Equal("failed", records["b.ovf"].GetProperty("status").GetString());
        Assert.Equal("plugin.process-crashed", records["b.ovf"].GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal("overflowing", records["a.ovf"].GetProperty("reader").GetString());
        Assert.Equal("overflowing", records["c.ovf"].GetProperty("reader").GetString());
        Assert.Equal("third\nbody", records["c.ovf"].GetProperty("text").GetString());
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunHostAsync(params string[] arguments)
        => HostProcess.RunAsync(arguments);
}
