using Microsoft.Extensions.Options;

namespace Ingest.Chunking;

/// <summary>Validates <see cref="ChunkingOptions"/> at start-up.</summary>
internal sealed class ChunkingOptionsValidator : IValidateOptions<ChunkingOptions>
{
    public ValidateOptionsResult Validate(string? name, ChunkingOptions options)
    {
        var failure = Check(options);
        return failure is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failure);
    }

    public static string? Check(ChunkingOptions options)
    {
        if (options.MaxTokens < 8)
        {
            return $"ChunkingOptions.MaxTokens must be at least 8; it is {options.MaxTokens}.";
        }

        if (options.OverlapTokens < 0 || options.OverlapTokens * 2 >= options.MaxTokens)
        {
            return $"ChunkingOptions.OverlapTokens must be from 0 to less than half of MaxTokens ({options.MaxTokens}); it is {options.OverlapTokens}.";
        }

        return options.TokenCounter is null ? "ChunkingOptions.TokenCounter must be set." : null;
    }
}
