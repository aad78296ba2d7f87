using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingest.Samples.Tests.Host;

public sealed class ResumeReliabilityTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingest-resume-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Resume_repairs_a_torn_last_line_retries_transient_failures_and_keeps_percent_names_apart()
    {
        var input = Path.Combine(_root, "in");
        Directory.CreateDirectory(input);
        foreach (var name in new[] { "a.txt", "pct%41.txt", "pctA.txt" })
        {
            await File.WriteAllTextAsync(Path.Combine(input, name), $"The text of {name} is short.");
        }

        var output = Path.Combine(_root, "out.jsonl");
        var (first, _, firstErrors) = await HostProcess.RunAsync(input, "--out", output);
        Assert.True(first == 0, firstErrors);
        var records = (await File.ReadAllLinesAsync(output)).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(3, records.Count);
        JsonObject Record(string name) => records.Single(r => Uri.UnescapeDataString(r["source"]!.GetValue<string>()).EndsWith("/" + name, StringComparison.Ordinal));

        // As an interrupted earlier run would have left it: a.txt failed transiently, pctA.txt is done, and the
        // record of pct%41.txt was cut off half-way.
        var failed = Record("a.txt");
        failed["status"] = "failed";
        failed["diagnostics"] = new JsonArray(new JsonObject { ["severity"] = "error", ["code"] = "source.circuit-open", ["message"] = "open", ["stage"] = "source", ["transient"] = true });
        var torn = Record("pct%41.txt").ToJsonString();
        var log = new StringBuilder()
            .Append(failed.ToJsonString()).Append('\n')
            .Append(Record("pctA.txt").ToJsonString()).Append('\n')
            .Append(torn.AsSpan(0, torn.Length / 2));
        await File.WriteAllTextAsync(output, log.ToString());

        var (exitCode, _, stderr) = await HostProcess.RunAsync(input, "--out", output, "--resume");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("cut short", stderr, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(output);
        var sources = lines.Select(l => JsonDocument.Parse(l).RootElement).Select(r => (Source: r.GetProperty("source").GetString()!, Status: r.GetProperty("status").GetString())).ToList();
        Assert.Equal(4, sources.Count);
        Assert.Equal(2, sources.Count(s => s.Source.EndsWith("/a.txt", StringComparison.Ordinal)));
        Assert.Equal("succeeded", sources.Last(s => s.Source.EndsWith("/a.txt", StringComparison.Ordinal)).Status);
        Assert.Single(sources, s => s.Source.EndsWith("/pctA.txt", StringComparison.Ordinal));
        Assert.Single(sources, s => s.Source.EndsWith("/pct%2541.txt", StringComparison.Ordinal) && s.Status == "succeeded");
    }
}
