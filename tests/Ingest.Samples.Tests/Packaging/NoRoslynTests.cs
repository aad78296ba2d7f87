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
            Assert.DoesNotContain(libraries, l => Forbidden.Any(f => l.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
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
