#!/usr/bin/env python3
"""Extracts every ```csharp block of README.md and docs/*.md into a small project that references the packed
packages, so CI compiles the documentation's code against what users install.

Blocks are compiled as written, in one of three shapes decided by their content:
  - a block that declares types or assembly attributes is a file of its own;
  - a block of members only (extension methods) is wrapped in a static class;
  - any other block is a method body; names it uses without declaring them (services, provider, ingestion,
    builder) are declared before it, as the surrounding prose assumes.
usage: doc_snippets.py OUTPUT_DIR REPO_ROOT INGEST_VERSION
"""
import glob
import os
import re
import sys

out, root, version = sys.argv[1], sys.argv[2], sys.argv[3]
USING = re.compile(r'^\s*using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>]+)?\s*;\s*$')
TYPE = re.compile(r'^\s*(\[assembly:|namespace\s|((public|internal|file)\s+)?((sealed|static|abstract|partial)\s+)*(class|record|interface|struct|enum)\s)', re.M)
MEMBER = re.compile(r'^\s*public\s+static\s+[\w<>\[\],. ?]+\s+\w+\s*(<[^>]*>)?\s*\(')


def blocks(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    inside, start, body = False, 0, []
    for number, line in enumerate(lines, 1):
        if not inside and line.strip().startswith('```csharp'):
            inside, start, body = True, number, []
        elif inside and line.strip() == '```':
            inside = False
            yield start, '\n'.join(body)
        elif inside:
            body.append(line)


def declared(code, name):
    return re.search(r'\b(var|IServiceCollection|ServiceProvider|IServiceProvider|IIngestionService|IIngestBuilder)\s+' + name + r'\b', code)


def uses(code, name):
    return re.search(r'(?<![\w.])' + name + r'\b', code) and not declared(code, name)


def prelude(code):
    lines = []
    need_provider = uses(code, 'provider') or uses(code, 'ingestion')
    if uses(code, 'services') or need_provider:
        lines.append('var services = new ServiceCollection();' if not declared(code, 'services') else '')
    if need_provider:
        lines.append('await using var provider = services.BuildServiceProvider();')
    if uses(code, 'ingestion'):
        lines.append('var ingestion = provider.GetRequiredService<IIngestionService>();')
    if uses(code, 'builder'):
        lines.append('var builder = new ServiceCollection().AddIngest();')
    return '\n'.join(l for l in lines if l)


os.makedirs(out, exist_ok=True)
count = 0
sources = [os.path.join(root, 'README.md')] + sorted(glob.glob(os.path.join(root, 'docs', '*.md')))
for path in sources:
    for line, code in blocks(path):
        count += 1
        usings = [l.strip() for l in code.split('\n') if USING.match(l)]
        rest = '\n'.join(l for l in code.split('\n') if not USING.match(l))
        where = f'{os.path.relpath(path, root)}:{line}'
        name = f'Snippet{count:03d}'
        if TYPE.search(rest):
            text = rest
        elif MEMBER.match(rest.strip().split('\n')[0]):
            text = f'public static class {name}Members\n{{\n{rest}\n}}'
        else:
            text = f'internal static class {name}\n{{\n    public static async Task RunAsync()\n    {{\n{prelude(rest)}\n{rest}\n    }}\n}}'
        with open(os.path.join(out, name + '.cs'), 'w', encoding='utf-8') as f:
            f.write(f'// {where}\n' + '\n'.join(usings) + f'\n#line 1 "{where}"\n' + text + '\n')

plugin = os.path.join(root, 'samples', 'Ingest.Samples.Plugin')
with open(os.path.join(out, 'DocSnippets.csproj'), 'w', encoding='utf-8') as f:
    f.write(f'''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Library</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NoWarn>$(NoWarn);CS1998;CS8321;CS0168;CS0219</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Ingest" Version="{version}" />
    <PackageReference Include="Ingest.Abstractions" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Html" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Pdf" Version="{version}" />
    <PackageReference Include="Ingest.Normalizers" Version="{version}" />
    <PackageReference Include="Ingest.Sources.Http" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Pdf.PdfPig" Version="{version}" />
    <PackageReference Include="Ingest.Chunking" Version="{version}" />
    <PackageReference Include="Ingest.Store.Sqlite" Version="{version}" />
    <PackageReference Include="Ingest.Store.VectorData" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Office" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Markdown" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Csv" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Email" Version="{version}" />
    <PackageReference Include="Ingest.Readers.Archives" Version="{version}" />
    <!-- The sample plugin's reader and normalizer, which plugins.md registers; its entry point and extension methods are the docs' own. -->
    <Compile Include="{plugin}/*.cs" Exclude="{plugin}/SamplePlugin.cs;{plugin}/SamplePluginBuilderExtensions.cs" />
    <Using Include="Ingest" />
    <Using Include="Ingest.Plugins" />
    <Using Include="Ingest.Samples.Plugin" />
    <Using Include="Microsoft.Extensions.DependencyInjection" />
  </ItemGroup>
</Project>
''')
with open(os.path.join(out, 'nuget.config'), 'w', encoding='utf-8') as f:
    f.write(f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="ingest-local" value="{os.path.join(root, 'artifacts', 'packages')}" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="ingest-local"><package pattern="Ingest" /><package pattern="Ingest.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
''')
print(f'doc-snippets: {count} C# blocks from {len(sources)} files')
