using System.Reflection;
using System.Text.Json;

namespace Ingest.Samples.Tests.Packaging;

public sealed class NoRoslynTests
{
    private static readonly string[] Forbidden = ["Microsoft.CodeAnalysis", "Microsoft.CSharp.Scripting", "Microsoft.Scripting"];
    private static readonly string[] BuildFiles = ["Directory.Build.props", "Directory.Packages.props"];

    [Fact]
    public void No_library_under_src_references_roslyn_or_scripting_packages()
    {
        var root = TestPaths.RepositoryRoot;
        var projects = Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        var props = BuildFiles.Select(f => Path.Combine(root, f));
        foreach (var file in projects.Concat(props))
        {
            var text = File.ReadAllText(file);
            foreach (var name in Forbidden)
            {
                Assert.False(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"{file} mentions {name}");
            }
        }

        // The restored dependency graphs, transitive packages included.
        foreach (var assets in projects.Select(p => Path.Combine(Path.GetDirectoryName(p)!, "obj", "project.assets.json")).Where(File.Exists))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(assets));
            var libraries = json.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();
            if (IsOrleansPackage(assets))
            {
                AssertRoslynComesOnlyThroughOrleans(json, assets);
                continue;
            }

            Assert.DoesNotContain(libraries, l => Forbidden.Any(f => l.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>
    /// Ingest.Orleans is the one exception: every Microsoft.Orleans.* package (10.4.2) lists Microsoft.CodeAnalysis.* as
    /// dependencies for its build-time code generator, so they enter its restore graph. The exception is narrow: they
    /// may be depended on only by Orleans' packages (or by each other), never by an Ingest project or another package,
    /// and tests/Ingest.Orleans.Tests checks that no Microsoft.CodeAnalysis assembly is loaded while a cluster runs.
    /// </summary>
    private static bool IsOrleansPackage(string assets) =>
        string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(assets))), "Ingest.Orleans", StringComparison.Ordinal);

    private static void AssertRoslynComesOnlyThroughOrleans(JsonDocument json, string assets)
    {
        foreach (var target in json.RootElement.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                if (!library.Value.TryGetProperty("dependencies", out var dependencies))
                {
                    continue;
                }

                var name = library.Name.Split('/')[0];
                var allowed = name.StartsWith("Microsoft.Orleans.", StringComparison.OrdinalIgnoreCase) || Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase));
                foreach (var dependency in dependencies.EnumerateObject())
                {
                    var forbidden = Forbidden.Any(f => dependency.Name.StartsWith(f, StringComparison.OrdinalIgnoreCase));
                    Assert.False(forbidden && !allowed, $"{assets}: {library.Name} depends on {dependency.Name}");
                }
            }
        }

        using var project = JsonDocument.Parse(json.RootElement.GetProperty("project").GetRawText());
        foreach (var framework in project.RootElement.GetProperty("frameworks").EnumerateObject())
        {
            if (framework.Value.TryGetProperty("dependencies", out var direct))
            {
                Assert.DoesNotContain(direct.EnumerateObject(), d => Forbidden.Any(f => d.Name.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
            }
        }
    }

    [Fact]
    public void Runtime_and_plugin_loader_assemblies_do_not_reference_roslyn_or_reflection_emit()
    {
        var assemblies = new[] { typeof(IIngestPlugin).Assembly, typeof(Ingest.Plugins.PluginLoadResult).Assembly };
        foreach (var assembly in assemblies)
        {
            var references = assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();
            Assert.DoesNotContain(references, r => Forbidden.Any(f => r.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain("System.Reflection.Emit", references);
        }
    }
}
