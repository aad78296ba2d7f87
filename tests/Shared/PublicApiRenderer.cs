using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ingest.Testing;

/// <summary>
/// Renders an assembly's public surface (public types and their public and protected members) as sorted, stable
/// text, and compares it with the recorded file <c>tests/&lt;project&gt;/PublicApi/&lt;assembly&gt;.PublicAPI.txt</c>.
/// Set <c>INGEST_UPDATE_API=1</c> to rewrite the recorded file after an intended change.
/// </summary>
internal static class PublicApiRenderer
{
    public const string UpdateVariable = "INGEST_UPDATE_API";

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Compares <paramref name="assembly"/> with its recorded surface; returns null when equal, else a message with the diff.</summary>
    public static string? Verify(Assembly assembly, string testProject)
    {
        var actual = Render(assembly);
        var file = Path.Combine(RepositoryRoot(), "tests", testProject, "PublicApi", assembly.GetName().Name + ".PublicAPI.txt");
        var update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        var recorded = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : null;
        if (recorded == actual)
        {
            return null;
        }

        if (update)
        {
            File.WriteAllText(file, actual);
            return null;
        }

        var hint = $"If the change is intended, run the tests with {UpdateVariable}=1 (for example `{UpdateVariable}=1 dotnet test tests/{testProject} --filter PublicApi`) and commit {Path.GetRelativePath(RepositoryRoot(), file)}.";
        if (recorded is null)
        {
            return $"No recorded public API at {file}. {hint}";
        }

        var before = recorded.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var diff = new StringBuilder();
        foreach (var line in before.Except(after, StringComparer.Ordinal))
        {
            diff.Append("- ").AppendLine(line);
        }

        foreach (var line in after.Except(before, StringComparer.Ordinal))
        {
            diff.Append("+ ").AppendLine(line);
        }

        return $"The public API of {assembly.GetName().Name} changed (- recorded, + now):\n{diff}{hint}";
    }

    public static string Render(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var header = TypeHeader(type);
            lines.Add(header);
            var members = new List<string>();
            if (type.IsEnum)
            {
                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    members.Add($"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}");
                }
            }
            else
            {
                members.AddRange(type.GetMembers(Declared).Where(IsVisible).Select(Member).OfType<string>());
            }

            foreach (var member in members.Order(StringComparer.Ordinal))
            {
                lines.Add(header + " :: " + member);
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Ingest.sln not found above the test output.");
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !(m.IsSpecialName && !m.Name.StartsWith("op_", StringComparison.Ordinal) && m is not ConstructorInfo),
        FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName,
        PropertyInfo p => (p.GetMethod ?? p.SetMethod) is { } accessor && IsVisible(accessor) is var _ && Accessors(p).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        Type t => false,
        _ => false,
    };

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo property)
        => new[] { property.GetMethod, property.SetMethod }.OfType<MethodInfo>();

    private static string TypeHeader(Type type)
    {
        var kind = type.IsInterface ? "interface"
            : type.IsEnum ? "enum"
            : type.IsValueType ? (type.GetMethod("<Clone>$") is not null || IsRecordStruct(type) ? "record struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type.BaseType) ? "delegate"
            : type.GetMethod("<Clone>$") is not null ? "record"
            : "class";
        var modifiers = type.IsInterface || type.IsEnum || type.IsValueType ? string.Empty
            : type.IsAbstract && type.IsSealed ? "static "
            : type.IsAbstract ? "abstract "
            : type.IsSealed && kind != "delegate" ? "sealed "
            : string.Empty;
        if (type.IsValueType && type.IsDefined(typeof(IsReadOnlyAttribute), false))
        {
            modifiers = "readonly ";
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && kind != "delegate")
        {
            bases.Add(Name(baseType));
        }

        var inherited = type.BaseType?.GetInterfaces() ?? Type.EmptyTypes;
        bases.AddRange(type.GetInterfaces().Where(i => !inherited.Contains(i) && i.IsVisible).Select(Name).Order(StringComparer.Ordinal));
        return $"{modifiers}{kind} {Name(type)}{GenericConstraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : Type.EmptyTypes)}"
            + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static bool IsRecordStruct(Type type) => type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static string? Member(MemberInfo member)
    {
        var nullability = new NullabilityInfoContext();
        switch (member)
        {
            case ConstructorInfo c:
                return $"{Access(c)}{(c.IsStatic ? "static " : string.Empty)}.ctor({Parameters(c, nullability)})";
            case MethodInfo m:
                var modifiers = MethodModifiers(m);
                var generics = m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                return $"{Access(m)}{modifiers}{Name(m.ReturnType, nullability.Create(m.ReturnParameter))} {m.Name}{generics}({Parameters(m, nullability)}){GenericConstraints(m.IsGenericMethodDefinition ? m.GetGenericArguments() : Type.EmptyTypes)}";
            case PropertyInfo p:
                var accessors = Accessors(p).Where(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly).Select(a =>
                    a == p.GetMethod ? Access(a) + "get" : Access(a) + (IsInit(a) ? "init" : "set"));
                var indexer = p.GetIndexParameters() is { Length: > 0 } index ? "this[" + string.Join(", ", index.Select(i => Name(i.ParameterType, nullability.Create(i)) + " " + i.Name)) + "]" : p.Name;
                var accessor = (p.GetMethod ?? p.SetMethod)!;
                return $"{Access(accessor)}{MethodModifiers(accessor)}{Name(p.PropertyType, nullability.Create(p))} {indexer} {{ {string.Join("; ", accessors)}; }}";
            case FieldInfo f:
                var constant = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : string.Empty;
                var fieldModifiers = f.IsLiteral ? "const " : (f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty);
                return $"{Access(f)}{fieldModifiers}{Name(f.FieldType, nullability.Create(f))} {f.Name}{constant}";
            case EventInfo e:
                return $"{Access(e.AddMethod!)}{MethodModifiers(e.AddMethod!)}event {Name(e.EventHandlerType!, nullability.Create(e))} {e.Name}";
            default:
                return null;
        }
    }

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? "public " : "protected ";

    private static string MethodModifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return method.IsAbstract ? string.Empty : "virtual ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() == method ? "virtual " : "override ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "sealed override " : string.Empty;
    }

    private static bool IsInit(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability)
    {
        var isExtension = method.IsDefined(typeof(ExtensionAttribute), false);
        return string.Join(", ", method.GetParameters().Select((p, i) =>
        {
            var prefix = i == 0 && isExtension ? "this " : string.Empty;
            var type = p.ParameterType;
            if (type.IsByRef)
            {
                prefix += p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
                type = type.GetElementType()!;
            }

            if (p.IsDefined(typeof(ParamArrayAttribute), false))
            {
                prefix += "params ";
            }

            var text = prefix + (type == p.ParameterType ? Name(type, nullability.Create(p)) : Name(type)) + " " + p.Name;
            return !p.HasDefaultValue ? text
                : p.RawDefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null ? text + " = default"
                : text + " = " + Literal(p.RawDefaultValue);
        }));
    }

    private static string GenericConstraints(Type[] arguments)
    {
        var clauses = new List<string>();
        foreach (var argument in arguments)
        {
            var constraints = new List<string>();
            var attributes = argument.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("struct");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add("class");
            }

            constraints.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(Name).Order(StringComparer.Ordinal));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                clauses.Add($" where {argument.Name} : {string.Join(", ", constraints)}");
            }
        }

        return string.Concat(clauses);
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Name(Type type) => Name(type, null);

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + suffix;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, null) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!, null) + "." + type.Name : type.Namespace + "." + type.Name;
        if (type.IsGenericType)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            name = tick < 0 ? name : name[..tick];
            var arguments = type.GetGenericArguments();
            var argumentNullability = nullability?.GenericTypeArguments;
            name += "<" + string.Join(", ", arguments.Select((a, i) =>
                Name(a, argumentNullability is { Length: var n } && n == arguments.Length ? argumentNullability[i] : null))) + ">";
        }

        return name + suffix;
    }
}
