using Microsoft.Extensions.Options;

namespace Ingest.Store.Sqlite;

/// <summary>Validates <see cref="SqliteStoreOptions"/> at start-up.</summary>
internal sealed class SqliteStoreOptionsValidator : IValidateOptions<SqliteStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            return ValidateOptionsResult.Fail("SqliteStoreOptions.DatabasePath must name a file.");
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromHours(1))
        {
            return ValidateOptionsResult.Fail($"SqliteStoreOptions.BusyTimeout must be from 0 to 1 hour; it is {options.BusyTimeout}.");
        }

        if (options.WriteBatchSize is < 1 or > 100_000)
        {
            return ValidateOptionsResult.Fail($"SqliteStoreOptions.WriteBatchSize must be from 1 to 100,000; it is {options.WriteBatchSize}.");
        }

        if (options.WriteBatchTime < TimeSpan.Zero || options.WriteBatchTime > TimeSpan.FromHours(1))
        {
            return ValidateOptionsResult.Fail($"SqliteStoreOptions.WriteBatchTime must be from 0 to 1 hour; it is {options.WriteBatchTime}.");
        }

        return options.EmbeddingBatchSize is < 1 or > 4096
            ? ValidateOptionsResult.Fail($"SqliteStoreOptions.EmbeddingBatchSize must be from 1 to 4096; it is {options.EmbeddingBatchSize}.")
            : ValidateOptionsResult.Success;
    }
}
