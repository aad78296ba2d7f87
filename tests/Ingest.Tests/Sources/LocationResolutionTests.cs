using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Sources;

public sealed class LocationResolutionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ingest-locations-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static async Task<List<IngestResult>> IngestAsync(IEnumerable<string> locations, Action<IIngestBuilder>? configure = null)
    {
        await using var provider = PipelineHarness.Build(configure);
        var results = new List<IngestResult>();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync(locations))
        {
            results.Add(result);
        }

        return results.OrderBy(r => r.Index).ToList();
    }

    [Fact]
    public async Task A_missing_path_between_two_files_gives_three_results_and_the_third_file_is_read()
    {
        var first = File("first.txt", "first text");
        var missing = Path.Combine(_root, "missing.txt");
        var third = File("third.txt", "third text");

        var results = await IngestAsync([first, missing, third]);

        Assert.Equal(3, results.Count);
        Assert.Equal("first text", results[0].Document!.Text);
        Assert.Equal("third text", results[2].Document!.Text);
        var failed = results[1];
        Assert.Equal(IngestStatus.Failed, failed.Status);
        Assert.Equal(new Uri(missing), failed.Source);
        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal(SourceDiagnosticCodes.NotFound, diagnostic.Code);
        Assert.Contains("missing.txt", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("directory", diagnostic.Message.Replace("file or directory", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Null(diagnostic.Attempts);
    }

    [Fact]
    public async Task IngestFilesAsync_gives_the_same_one_result_per_location()
    {
        var good = File("good.txt", "good");
        await using var provider = PipelineHarness.Build();
        var results = new List<IngestResult>();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestFilesAsync([good, Path.Combine(_root, "nope.txt"), good]))
        {
            results.Add(result);
        }

        Assert.Equal([IngestStatus.Succeeded, IngestStatus.Failed, IngestStatus.Succeeded], results.OrderBy(r => r.Index).Select(r => r.Status));
    }

    [Fact]
    public async Task A_pattern_that_matches_nothing_gives_one_failed_result_named_after_the_pattern()
    {
        File("a.txt", "a");
        var pattern = Path.Combine(_root, "*.pdf");

        var result = Assert.Single(await IngestAsync([pattern]));

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(SourceDiagnosticCodes.NoMatch, Assert.Single(result.Diagnostics).Code);
        Assert.EndsWith("*.pdf", result.Source.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pattern_with_a_question_mark_keeps_it_in_the_reported_source()
    {
        var result = Assert.Single(await IngestAsync([Path.Combine(_root, "report-?.pdf")]));

        Assert.Equal(SourceDiagnosticCodes.NoMatch, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("report-", result.Source.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.Source.IsAbsoluteUri ? result.Source.Query : string.Empty);
    }

    [Fact]
    public async Task An_empty_folder_gives_one_failed_result()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        var result = Assert.Single(await IngestAsync([empty]));

        Assert.Equal(SourceDiagnosticCodes.Empty, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task A_url_goes_to_the_provider_registered_for_it_not_to_the_file_system()
    {
        var results = await IngestAsync(["test://host/doc", File("local.txt", "local")], b => b.AddSourceProvider<TestSchemeProvider>());

        Assert.Equal(["from test://host/doc", "local"], results.Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task A_list_location_that_a_provider_accepts_is_not_taken_for_a_missing_path()
    {
        var results = await IngestAsync(["@list"], b => b.AddSourceProvider<TestSchemeProvider>());

        Assert.Equal(["from test://list/1", "from test://list/2"], results.Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task A_url_no_provider_accepts_fails_as_unsupported_and_the_next_location_is_read()
    {
        var results = await IngestAsync(["https://example.org/page", File("next.txt", "next")]);

        Assert.Equal(SourceDiagnosticCodes.UnsupportedLocation, Assert.Single(results[0].Diagnostics).Code);
        Assert.Equal(new Uri("https://example.org/page"), results[0].Source);
        Assert.Contains("AddHttpSource", results[0].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("next", results[1].Document!.Text);
    }

    [Fact]
    public async Task A_source_that_fails_part_way_reports_the_location_and_the_next_location_is_read()
    {
        var results = await IngestAsync(["test://broken", File("after.txt", "after")], b => b.AddSourceProvider<TestSchemeProvider>());

        Assert.Equal(3, results.Count);
        Assert.Equal("from test://broken/1", results[0].Document!.Text);
        Assert.Equal(SourceDiagnosticCodes.EnumerationFailed, Assert.Single(results[1].Diagnostics).Code);
        Assert.Contains("after 1 documents", results[1].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("after", results[2].Document!.Text);
    }

    [Fact]
    public async Task One_call_ingests_a_string_a_stream_and_a_file()
    {
        await using var provider = PipelineHarness.Build();
        var service = provider.GetRequiredService<IIngestionService>();

        var fromText = await service.IngestTextAsync("Some words.");
        var fromStream = await service.IngestStreamAsync(new MemoryStream("Streamed words."u8.ToArray()), new Uri("memory:/upload.txt"));
        var fromFile = await service.IngestDocumentAsync(File("one.txt", "Filed words."));
        var missing = await service.IngestDocumentAsync(Path.Combine(_root, "absent.txt"));

        Assert.Equal("Some words.", fromText.Document!.Text);
        Assert.Equal("Streamed words.", fromStream.Document!.Text);
        Assert.Equal(new Uri("memory:/upload.txt"), fromStream.Source);
        Assert.Equal("Filed words.", fromFile.Document!.Text);
        Assert.Equal(SourceDiagnosticCodes.NotFound, Assert.Single(missing.Diagnostics).Code);
    }

    [Fact]
    public async Task One_call_ingests_a_url_through_its_provider()
    {
        await using var provider = PipelineHarness.Build(b => b.AddSourceProvider<TestSchemeProvider>());

        var result = await provider.GetRequiredService<IIngestionService>().IngestDocumentAsync("test://host/one");

        Assert.Equal("from test://host/one", result.Document!.Text);
    }

    /// <summary>Accepts <c>test://</c> URLs (one document each; <c>test://broken</c> fails after one) and <c>@list</c>.</summary>
    private sealed class TestSchemeProvider : ISourceProvider
    {
        public IDocumentSource? TryCreate(string location)
        {
            if (location == "@list")
            {
                return new Listed(["test://list/1", "test://list/2"], failAfter: false);
            }

            if (location == "test://broken")
            {
                return new Listed(["test://broken/1"], failAfter: true);
            }

            return location.StartsWith("test://", StringComparison.Ordinal) ? new Listed([location], failAfter: false) : null;
        }

        private sealed class Listed(string[] urls, bool failAfter) : IDocumentSource
        {
            public async IAsyncEnumerable<SourceDocument> GetDocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                foreach (var url in urls)
                {
                    await Task.Yield();
                    yield return new MemorySourceDocument(System.Text.Encoding.UTF8.GetBytes("from " + url), new Uri(url));
                }

                if (failAfter)
                {
                    throw new IOException("the listing broke");
                }
            }
        }
    }
}
