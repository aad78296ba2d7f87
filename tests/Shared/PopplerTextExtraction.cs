using System.Diagnostics;

namespace Ingest.Testing;

/// <summary>Runs poppler's <c>pdftotext</c> as a separate process, the way a user runs it, for side-by-side figures.</summary>
internal static class PopplerTextExtraction
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Whether <c>pdftotext</c> can be started on this machine.</summary>
    public static bool IsInstalled() => Run(["-v"]) is not null;

    /// <summary>
    /// The text of <paramref name="file"/> as UTF-8, in pdftotext's default reading order or, with
    /// <paramref name="physicalLayout"/>, with its <c>-layout</c> option; null when it fails or is not installed.
    /// </summary>
    public static string? Extract(string file, bool physicalLayout)
        => Run(physicalLayout ? ["-enc", "UTF-8", "-layout", file, "-"] : ["-enc", "UTF-8", file, "-"]);

    private static string? Run(IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();

            // Drained so a chatty stderr cannot fill its pipe and stall the process.
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? stdout.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
