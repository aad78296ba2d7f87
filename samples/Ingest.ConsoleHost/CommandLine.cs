using System.Globalization;

namespace Ingest.ConsoleHost;

/// <summary>The parsed command line of the <c>ingest</c> host.</summary>
internal sealed class CommandLine
{
    public const string Usage = """
        usage: ingest [paths | globs | URLs | @url-list] [options] [-- paths]
               ingest query [words...] [--db FILE] [--mentioning NAME] [--from DATE] [--to DATE] [--limit N]

        With no paths, ingests the bundled fixture documents and writes their JSON Lines to standard output.

        options:
          --out FILE              write JSON Lines results to FILE (flushed per document)
          --json                  write JSON Lines results to standard output (not with --out)
          --format FORMAT         jsonl (default), markdown or text: how --out or standard output gets each document
          --db FILE               also write documents, chunks and entities to the SQLite database FILE (created
                                  when missing; unchanged documents are skipped; search it with 'ingest query')
          --reference-date DATE   resolve relative dates against DATE (yyyy-mm-dd) when a document has no date
          --plugins DIR           load plugins from the subfolders of DIR (repeatable); their readers and
                                  normalizers run in worker processes, so a plugin that crashes (even by a
                                  stack overflow) fails only its document
          --in-process-plugins    run the plugins in this process instead: no worker start, for plugins trusted
                                  like the host's own code (a stack overflow in one ends the host)
          --isolate-plugins       worker processes, the default (kept for scripts that name it)
          --parallel N            read and normalize N documents at once (default: processor count)
          --unordered             write each result as soon as it is finished, not in the order of the inputs
          --timeout SECONDS       time budget per document, more than 0 and at most 86400 (default: 120)
          --depth N               open archives and e-mails N levels deep, each document inside one a result of
                                  its own (0: not at all; at most 32; default: 3)
          --resume                with --out: skip documents already in the output file and append the rest
          --stats                 print documents per second, MB per second and peak memory at the end
          -h, --help              show this help

        Every input gives at least one result: a missing path, an empty folder or a pattern that matches
        nothing gives a failed row and record saying so.

        exit codes: 0 all documents succeeded, 1 some failed or were partial, 2 usage error or nothing to
        ingest (no input named a document, or a --plugins folder is missing)
        """;

    public List<string> Inputs { get; } = new();

    public string? OutputPath { get; private set; }

    public bool JsonToStdout { get; private set; }

    public OutputFormat Format { get; private set; } = OutputFormat.JsonLines;

    public string? DatabasePath { get; private set; }

    public DateOnly? ReferenceDate { get; private set; }

    public List<string> PluginDirectories { get; } = new();

    /// <summary>Whether the plugins were asked to run in this process (<c>--in-process-plugins</c>) instead of in workers.</summary>
    public bool InProcessPlugins { get; private set; }

    private bool IsolatePlugins { get; set; }

    public int? Parallelism { get; private set; }

    /// <summary>Whether results go out as they finish (<c>--unordered</c>) rather than in input order.</summary>
    public bool Unordered { get; private set; }

    public TimeSpan? Timeout { get; private set; }

    public int? Depth { get; private set; }

    public bool Help { get; private set; }

    public bool Resume { get; private set; }

    public bool Stats { get; private set; }

    /// <summary>Parses <paramref name="args"/>; returns null and an error message for a usage error.</summary>
    public static CommandLine? Parse(string[] args, out string? error)
    {
        var result = new CommandLine();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? Value()
            {
                // An option's value is never the next option: "--out --json" lacks a file, it does not name one "--json".
                if (i + 1 < args.Length && !IsOption(args[i + 1]))
                {
                    return args[++i];
                }

                return null;
            }

            switch (arg)
            {
                case "-h" or "--help":
                    result.Help = true;
                    break;
                case "--json":
                    result.JsonToStdout = true;
                    break;
                case "--resume":
                    result.Resume = true;
                    break;
                case "--stats":
                    result.Stats = true;
                    break;
                case "--out":
                    result.OutputPath = Value();
                    if (result.OutputPath is null)
                    {
                        error = "--out needs a file path";
                        return null;
                    }

                    break;
                case "--format":
                    var format = Value();
                    if (format is not ("jsonl" or "markdown" or "text"))
                    {
                        error = $"--format needs jsonl, markdown or text, not '{format}'";
                        return null;
                    }

                    result.Format = format switch { "markdown" => OutputFormat.Markdown, "text" => OutputFormat.Text, _ => OutputFormat.JsonLines };
                    break;
                case "--db":
                    result.DatabasePath = Value();
                    if (result.DatabasePath is null)
                    {
                        error = "--db needs a database file";
                        return null;
                    }

                    break;
                case "--reference-date":
                    var date = Value();
                    if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reference))
                    {
                        error = $"--reference-date needs a date as yyyy-mm-dd, not '{date}'";
                        return null;
                    }

                    result.ReferenceDate = reference;
                    break;
                case "--plugins":
                    var dir = Value();
                    if (dir is null)
                    {
                        error = "--plugins needs a directory";
                        return null;
                    }

                    result.PluginDirectories.Add(dir);
                    break;
                case "--isolate-plugins":
                case "--in-process-plugins":
                    result.IsolatePlugins |= arg == "--isolate-plugins";
                    result.InProcessPlugins |= arg == "--in-process-plugins";
                    if (result.IsolatePlugins && result.InProcessPlugins)
                    {
                        error = "--isolate-plugins and --in-process-plugins contradict each other";
                        return null;
                    }

                    break;
                case "--parallel":
                    if (!int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > IngestOptions.MaxParallelism)
                    {
                        error = $"--parallel needs a whole number from 1 to {IngestOptions.MaxParallelism} (64 per processor, {Environment.ProcessorCount} processors here): more workers than that only wait on each other and hold memory";
                        return null;
                    }

                    result.Parallelism = n;
                    break;
                case "--unordered":
                    result.Unordered = true;
                    break;
                case "--timeout":
                    var timeout = Value();
                    if (ParseTimeout(timeout) is not { } budget)
                    {
                        error = $"--timeout needs a number of seconds more than 0 and at most {IngestOptions.MaxDocumentTimeout.TotalSeconds:0}, not '{timeout}'";
                        return null;
                    }

                    result.Timeout = budget;
                    break;
                case "--depth":
                    if (!int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var depth) || depth > ContainerOptions.MaxDepthLimit)
                    {
                        error = $"--depth needs a whole number from 0 to {ContainerOptions.MaxDepthLimit}";
                        return null;
                    }

                    result.Depth = depth;
                    break;
                case "--":
                    result.Inputs.AddRange(args[(i + 1)..]);
                    i = args.Length;
                    break;
                default:
                    if (IsOption(arg))
                    {
                        error = $"unknown option '{arg}' (a path that starts with '-' can follow '--')";
                        return null;
                    }

                    result.Inputs.Add(arg);
                    break;
            }
        }

        if (result.JsonToStdout && result.OutputPath is not null)
        {
            error = "--json and --out both say where results go; give one of them";
            return null;
        }

        if (result.Resume && result.Format != OutputFormat.JsonLines)
        {
            error = "--resume reads the JSON Lines of --out; it does not go with --format markdown or text";
            return null;
        }

        if (result.Resume && result.OutputPath is null)
        {
            error = "--resume needs --out FILE";
            return null;
        }

        return result;
    }

    /// <summary>An option is a dash followed by something; a lone "-" is not one.</summary>
    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-' && !char.IsAsciiDigit(arg[1]) && arg[1] != '.';

    /// <summary>A finite number of seconds within the pipeline's accepted budget, or null (NaN, infinity, 0, negative, too long).</summary>
    private static TimeSpan? ParseTimeout(string? text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || !double.IsFinite(seconds)
            || seconds <= 0
            || seconds > IngestOptions.MaxDocumentTimeout.TotalSeconds)
        {
            return null;
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
