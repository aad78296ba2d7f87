using Microsoft.Extensions.Options;

namespace Ingest.Store.VectorData;

/// <summary>Validates <see cref="VectorStoreSinkOptions"/> at start-up.</summary>
internal sealed class VectorStoreSinkOptionsValidator : IValidateOptions<VectorStoreSinkOptions>
{
    public ValidateOptionsResult Validate(string? name, VectorStoreSinkOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CollectionName))
        {
            return ValidateOptionsResult.Fail("VectorStoreSinkOptions.CollectionName must be set.");
        }

        if (options.Dimensions < 1)
        {
            return ValidateOptionsResult.Fail("VectorStoreSinkOptions.Dimensions must be the embedding model's dimensions (at least 1).");
        }

        return options.BatchSize is < 1 or > 4096
            ? ValidateOptionsResult.Fail($"VectorStoreSinkOptions.BatchSize must be from 1 to 4096; it is {options.BatchSize}.")
            : ValidateOptionsResult.Success;
    }
}
