using System.IO.Compression;
using System.Text.Json;

namespace Ingest.Samples.Tests.Host;

public sealed class ResumeContainerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingest-resume-zip-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Resume_after_a_container_was_cut_off_writes_each_child_exactly_once()
    {
        var input = Path.Combine(_root, "in");
        Directory.CreateDirectory(input);
        using (var zip = ZipFile.Open(Path.Combine(input, "bundle.zip"), ZipArchiveMode.Create))
        {
            foreach (var (name, text) in new[] { ("one.txt", "The first entry."), ("two.txt", "The second entry."), ("three.txt", "The third entry.") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        var output = Path.Combine(_root, "out.jsonl");
        var (first, _, firstErrors) = await HostProcess.RunAsync(input, "--out", output);
        Assert.True(first == 0, firstErrors);
        var complete = await File.ReadAllLinesAsync(output);
        Assert.Equal(4, complete.Length);

        // As a run killed after the first two entries were written, before the third and the zip's own record.
        await File.WriteAllTextAsync(output, complete[0] + "\n" + complete[1] + "\n");

        var (exitCode, _, stderr) = await HostProcess.RunAsync(input, "--out", output, "--resume");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("2 documents inside containers were already in", stderr, StringComparison.Ordinal);
        var records = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var paths = records.Select(r => r.TryGetProperty("pathInParent", out var p) ? p.GetString() : null).ToList();
        Assert.Equal(["one.txt", "two.txt", "three.txt", null], paths);
        var zipRecord = records[3];
        Assert.EndsWith("/bundle.zip", zipRecord.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("succeeded", zipRecord.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Resume_after_a_complete_container_writes_nothing_again()
    {
        var input = Path.Combine(_root, "in");
        Directory.CreateDirectory(input);
        using (var zip = ZipFile.Open(Path.Combine(input, "bundle.zip"), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("only.txt").Open());
            writer.Write("The only entry.");
        }

        var output = Path.Combine(_root, "out.jsonl");
        var (first, _, firstErrors) = await HostProcess.RunAsync(input, "--out", output);
        Assert.True(first == 0, firstErrors);
        var before = await File.ReadAllTextAsync(output);

        var (exitCode, _, stderr) = await HostProcess.RunAsync(input, "--out", output, "--resume");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(before, await File.ReadAllTextAsync(output));
    }
}
