using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// One plugin worker child process (<c>dotnet Ingest.PluginWorker.dll &lt;plugin folder&gt;</c>), its pipes, and the start
/// of what it wrote on standard error (a stack overflow's report). Serves one document at a time.
/// </summary>
internal sealed class PluginWorkerProcess : IDisposable
{
    private const int ErrorHeadLength = 2048;

    private readonly Process _process;
    private readonly StringBuilder _errorHead = new();
    private readonly Action<PluginWorkerProcess>? _disposed;

    private PluginWorkerProcess(Process process, Action<PluginWorkerProcess>? disposed)
    {
        _process = process;
        _disposed = disposed;
        _process.ErrorDataReceived += (_, e) => KeepErrorLine(e.Data);
        _process.BeginErrorReadLine();
    }

    public Stream Input => _process.StandardInput.BaseStream;

    public Stream Output => _process.StandardOutput.BaseStream;

    public bool HasExited => _process.HasExited;

    /// <summary>The worker's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a worker on <paramref name="runtimeHost"/> (default: the dotnet host that runs this process, else the one on the PATH).</summary>
    /// <exception cref="DocumentReadException"><c>plugin.worker-unavailable</c> when the runtime host cannot be started.</exception>
    public static PluginWorkerProcess Start(string workerPath, string pluginFolder, Action<PluginWorkerProcess>? disposed = null, string? runtimeHost = null)
    {
        var start = new ProcessStartInfo(runtimeHost ?? DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add(workerPath);
        start.ArgumentList.Add(pluginFolder);
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // A self-contained application has no dotnet host of its own, and none may be installed: say so, never crash.
            throw new DocumentReadException(
                "plugin.worker-unavailable",
                $"The plugin worker could not start: '{start.FileName}' could not be run ({e.Message}). The worker runs on the .NET runtime: install it or put 'dotnet' on the PATH, or load a plugin trusted like the application's own code in process (PluginIsolation.InProcess; host: --in-process-plugins).",
                e);
        }

        return new PluginWorkerProcess(process ?? throw new InvalidOperationException($"'{start.FileName}' did not start."), disposed);
    }

    /// <summary>Why the worker is gone: its exit code (or that it was still running) and the start of its last error output.</summary>
    public string DescribeEnd()
    {
        string exit;
        try
        {
            exit = _process.WaitForExit(TimeSpan.FromSeconds(2)) ? $"exit code {_process.ExitCode}" : "it stopped answering";
        }
        catch (InvalidOperationException)
        {
            exit = "exit code unknown";
        }

        string head;
        lock (_errorHead)
        {
            head = _errorHead.ToString();
        }

        var firstLine = head.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return firstLine is null ? exit : $"{exit}; it reported: {firstLine}";
    }

    /// <summary>Whether the worker has ended, waiting up to <paramref name="timeout"/> for it.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        try
        {
            return _process.WaitForExit(timeout);
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _disposed?.Invoke(this);
    }

    // The dotnet host that runs this process, so the worker runs on the same runtime; else the one on the PATH.
    private static string DotnetHost()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && string.Equals(Path.GetFileName(self), name, StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var beside = Path.Combine(root, name);
        return File.Exists(beside) ? beside : name;
    }

    private void KeepErrorLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_errorHead)
        {
            // Keep the beginning of the report (the exception's name), not the thousands of repeated frames after it.
            if (_errorHead.Length < ErrorHeadLength)
            {
                _errorHead.AppendLine(line);
            }
        }
    }
}
