namespace Ingest.Testing;

/// <summary>
/// What every <see cref="ISourceProvider"/> must do: decline what it does not handle (by returning null, not throwing),
/// yield documents with absolute identities for what it does, and stop enumerating when cancelled.
/// </summary>
public abstract class SourceProviderConformanceTests
{
    /// <summary>Creates the provider under test.</summary>
    protected abstract ISourceProvider CreateProvider();

    /// <summary>A location the provider handles and that yields at least one document (without the network).</summary>
    protected abstract string SupportedLocation { get; }

    /// <summary>A location the provider declines.</summary>
    protected abstract string UnsupportedLocation { get; }

    [Fact]
    public void An_unsupported_location_is_declined_with_null()
        => Assert.Null(CreateProvider().TryCreate(UnsupportedLocation));

    [Fact]
    public async Task A_supported_location_yields_documents_with_absolute_identities()
    {
        var source = CreateProvider().TryCreate(SupportedLocation);

        Assert.NotNull(source);
        var count = 0;
        await foreach (var document in source.GetDocumentsAsync())
        {
            Assert.True(document.Uri.IsAbsoluteUri, $"{document.Uri} is absolute");
            count++;
        }

        Assert.True(count > 0, "the supported location yields a document");
    }

    [Fact]
    public async Task A_cancelled_enumeration_throws_operation_cancelled()
    {
        var source = CreateProvider().TryCreate(SupportedLocation)!;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var document in source.GetDocumentsAsync(cancelled.Token))
            {
                _ = document;
            }
        });
    }
}
