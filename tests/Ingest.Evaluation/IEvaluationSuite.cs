namespace Ingest.Evaluation;

/// <summary>A scored run of one part of Ingest over a corpus folder, selected by its name on the command line.</summary>
internal interface IEvaluationSuite
{
    /// <summary>The command-line name (<c>html</c>, <c>pdf</c>, <c>pdf-layout</c>, <c>dates</c>, <c>numbers</c>, <c>quantities</c>).</summary>
    string Name { get; }

    /// <summary>One line saying what the suite measures and what corpus it expects.</summary>
    string Description { get; }

    /// <summary>Runs the suite over <paramref name="corpus"/>, prints per-item and overall scores, returns the exit code.</summary>
    Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken);
}
