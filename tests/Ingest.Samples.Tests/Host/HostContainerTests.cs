using System.IO.Compression;
using System.Text.Json;

namespace Ingest.Samples.Tests.Host;

public sealed class HostContainerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingest-host-zip-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string WriteZip()
    {
        var path = Path.Combine(_root, "bundle.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in new[] { ("notes/a.txt", "The first note."), ("b.md", "# Second\n\nA second note.") })
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }

        return path;
    }

    private static List<JsonElement> Records(string stdout)
        => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public async Task A_zip_gives_a_record_per_entry_before_its_own()
    {
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync("--json", WriteZip());

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stderr}");
        var records = Records(stdout);
        Assert.Equal(["notes/a.txt", "b.md", null], records.Select(r => r.TryGetProperty("pathInParent", out var p) ? p.GetString() : null));
        Assert.Equal(["text", "markdown", "zip"], records.Select(r => r.GetProperty("reader").GetString()));
        Assert.Equal(records[2].GetProperty("source").GetString(), records[0].GetProperty("parent").GetString());
    }

    [Fact]
    public async Task Depth_0_reads_a_zip_without_opening_it()
    {
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync("--json", "--depth", "0", WriteZip());

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stderr}");
        var record = Assert.Single(Records(stdout));
        Assert.Equal("zip", record.GetProperty("reader").GetString());
    }

    [Theory]
    [InlineData("33")]
    [InlineData("-1")]
    [InlineData("two")]
    public async Task A_depth_out_of_range_is_a_usage_error(string depth)
    {
        var (exitCode, _, stderr) = await HostProcess.RunAsync("--depth", depth, WriteZip());

        Assert.Equal(2, exitCode);
        Assert.Contains("--depth needs a whole number from 0 to 32", stderr, StringComparison.Ordinal);
    }
}
