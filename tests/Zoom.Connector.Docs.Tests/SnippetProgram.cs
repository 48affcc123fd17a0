using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.Extensions.DependencyInjection;
using Zoom.Connector.Webhooks;

namespace Zoom.Connector.Docs.Tests;

/// <summary>
/// Turns one ```csharp block into a program: the block is parsed as a file with top-level statements (the parser keeps
/// statements that follow a type declaration as statements, so any order works), its statements become the body of <c>RunAsync(DocHarness h)</c>, each free variable the harness knows
/// (<see cref="Variables"/>) is declared just before the first statement that uses it, and its types stay top-level.
/// <c>#line</c> directives make every compiler error point at the Markdown line.
/// </summary>
public static class SnippetProgram
{
    /// <summary>The free variables a snippet may use without declaring them, and what the harness binds them to.</summary>
    public static readonly IReadOnlyDictionary<string, (string Declaration, string? Feature)> Variables = new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
    {
        ["services"] = ("IServiceCollection services = h.Services;", null),
        ["builder"] = ("WebApplicationBuilder builder = h.Builder;", null),
        ["configuration"] = ("IConfiguration configuration = h.Configuration;", null),
        ["provider"] = ("IServiceProvider provider = h.Provider;", null),
        ["app"] = ("WebApplication app = h.App;", null),
        ["ct"] = ("CancellationToken ct = h.CancellationToken;", null),
        ["cancellationToken"] = ("CancellationToken cancellationToken = h.CancellationToken;", null),
        ["fakeTime"] = ("Microsoft.Extensions.Time.Testing.FakeTimeProvider fakeTime = h.FakeTime;", null),
        ["emulator"] = ("Zoom.Connector.Testing.ZoomEmulator emulator = h.Emulator;", null),
        ["flow"] = ("IZoomAuthorizationFlow flow = h.Flow;", null),
        ["userKey"] = ("string userKey = await h.UserKeyAsync();", null),
        ["state"] = ("string state = h.State;", null),
        ["code"] = ("string code = await h.CodeAsync();", null),
        ["userClients"] = ("IZoomUserClientFactory userClients = h.Get<IZoomUserClientFactory>();", null),
        ["users"] = ("IZoomUserClientFactory users = h.Get<IZoomUserClientFactory>();", null),
        ["schedulerFactory"] = ("IZoomMeetingSchedulerFactory schedulerFactory = h.Get<IZoomMeetingSchedulerFactory>();", null),
        ["scheduler"] = ("IZoomMeetingScheduler scheduler = h.Get<IZoomMeetingScheduler>();", null),
        ["trigger"] = ("IZoomSyncTrigger trigger = h.Get<IZoomSyncTrigger>();", "sync"),
        ["downloader"] = ("IZoomRecordingDownloader downloader = h.Get<IZoomRecordingDownloader>();", null),
        ["meetingRequest"] = ("MeetingCreateRequest meetingRequest = Zoom.Connector.Docs.Tests.DocHarness.MeetingRequest;", null),
        ["request"] = ("ScheduleMeetingRequest request = Zoom.Connector.Docs.Tests.DocHarness.ScheduleRequest;", null),
        ["id"] = ("long id = h.MeetingId;", null),
        ["email"] = ("string email = h.UserEmail;", null),
        ["userId"] = ("string userId = h.UserId;", null),
        ["start"] = ("DateTimeOffset start = Zoom.Connector.Docs.Tests.DocHarness.RecordingStart;", null),
        ["downloadUrl"] = ("string downloadUrl = \"https://zoom.us/rec/download/docs-snippet\";", null),
        ["webhookDownloadToken"] = ("string webhookDownloadToken = \"docs-snippet-download-token\";", null),
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The C# source the block becomes.</summary>
    public static string Generate(FencedBlock block, IEnumerable<string> usings)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(block.Code, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        var types = root.Members.Where(m => m is not GlobalStatementSyntax).ToList();
        var declared = new HashSet<string>(StringComparer.Ordinal);   // top-level locals of the statements so far
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var path = block.File;

        var source = new StringBuilder();
        foreach (var line in usings)
        {
            source.AppendLine(line);
        }

        foreach (var directive in root.Usings)
        {
            source.AppendLine(directive.ToString());
        }

        source.AppendLine("public static class DocSnippetProgram");
        source.AppendLine("{");
        source.AppendLine("    public static async Task<object?> RunAsync(Zoom.Connector.Docs.Tests.DocHarness h)");
        source.AppendLine("    {");
        source.AppendLine("        await Task.CompletedTask;");
        foreach (var statement in statements)
        {
            var own = DeclaredNames(statement);   // lambda parameters, locals and pattern variables of this statement
            foreach (var name in UsedNames(statement).Where(n => Variables.ContainsKey(n) && !declared.Contains(n) && !own.Contains(n) && bound.Add(n)))
            {
                var (declaration, feature) = Variables[name];
                if (feature is not null)
                {
                    source.AppendLine(CultureInfo.InvariantCulture, $"        h.Needs(\"{feature}\");");
                }

                source.AppendLine("#line hidden");
                source.AppendLine("        " + declaration);
            }

            source.AppendLine(CultureInfo.InvariantCulture, $"#line {block.Line + 1 + statement.GetLocation().GetLineSpan().StartLinePosition.Line} \"{path}\"");
            source.AppendLine(statement.ToFullString().Trim());
            if (statement.Statement is LocalDeclarationStatementSyntax local)
            {
                declared.UnionWith(local.Declaration.Variables.Select(static v => v.Identifier.ValueText));
            }
        }

        source.AppendLine("#line hidden");
        source.AppendLine("        return null;");
        source.AppendLine("    }");
        source.AppendLine("}");
        foreach (var type in types)
        {
            source.AppendLine(CultureInfo.InvariantCulture, $"#line {block.Line + 1 + type.GetLocation().GetLineSpan().StartLinePosition.Line} \"{path}\"");
            source.AppendLine(type.ToFullString().Trim());
        }

        return source.ToString();
    }

    /// <summary>Compiles the generated source; fails with the compiler's errors (at their Markdown lines).</summary>
    public static Assembly Compile(FencedBlock block, string source)
    {
        var compilation = CSharpCompilation.Create(
            "DocSnippet_" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new SnippetException($"{block} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => e.ToString()))}");
        }

        return Assembly.Load(image.ToArray());
    }

    /// <summary>
    /// Runs the statements, then every class the block declares: built from the app's services, each of its public
    /// <see cref="Task"/>-returning methods called with arguments the harness knows by name or type.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAsync(Assembly assembly, DocHarness harness)
    {
        var program = assembly.GetType("DocSnippetProgram", throwOnError: true)!;
        await (Task<object?>)program.GetMethod("RunAsync")!.Invoke(null, [harness])!;
        var called = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && t.IsPublic && t != program))
        {
            var instance = ActivatorUtilities.CreateInstance(harness.Provider, type);
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => typeof(Task).IsAssignableFrom(m.ReturnType)))
            {
                var arguments = new List<object?>();
                foreach (var parameter in method.GetParameters())
                {
                    arguments.Add(await ArgumentAsync(harness, type, method, parameter));
                }

                var task = (Task)method.Invoke(instance, [.. arguments])!;
                await task;
                called.Add($"{type.Name}.{method.Name}");
            }
        }

        await harness.FinishAsync();
        return called;
    }

    private static async Task<object?> ArgumentAsync(DocHarness harness, Type type, MethodInfo method, ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return harness.CancellationToken;
        }

        if (parameter.ParameterType == typeof(ZoomWebhookEvent))
        {
            // A meeting.created notification for a meeting of the account, as Zoom posts it.
            var meeting = harness.Emulator.Meetings[0];
            var json = new System.Text.Json.Nodes.JsonObject
            {
                ["event"] = "meeting.created",
                ["event_ts"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                ["payload"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["account_id"] = harness.Emulator.ServiceAccountId,
                    ["object"] = new System.Text.Json.Nodes.JsonObject
                    {
                        ["id"] = meeting.Id,
                        ["uuid"] = meeting.Uuid,
                        ["host_id"] = meeting.HostId,
                        ["topic"] = "Docs snippet",
                        ["type"] = 2,
                        ["duration"] = 30,
                        ["timezone"] = "Europe/Paris",
                    },
                },
            };
            return ZoomWebhookEvent.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()));
        }

        return parameter.Name switch
        {
            "meetingId" when parameter.ParameterType == typeof(long) => harness.MeetingId,
            "userKey" when parameter.ParameterType == typeof(string) => await harness.UserKeyAsync(again: true),   // the statements may have signed out
            "folder" when parameter.ParameterType == typeof(string) => harness.Folder,
            "request" when parameter.ParameterType == typeof(Zoom.Connector.Models.MeetingCreateRequest) => DocHarness.MeetingRequest,
            _ when parameter.HasDefaultValue => parameter.DefaultValue,
            _ => throw new SnippetException($"The harness cannot supply {type.Name}.{method.Name}({parameter.ParameterType.Name} {parameter.Name}): name it like the harness (SnippetProgram) or mark the block compile-only with a reason."),
        };
    }

    private static HashSet<string> DeclaredNames(SyntaxNode root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax v: names.Add(v.Identifier.ValueText); break;
                case SingleVariableDesignationSyntax d: names.Add(d.Identifier.ValueText); break;
                case ForEachStatementSyntax f: names.Add(f.Identifier.ValueText); break;
                case ParameterSyntax p: names.Add(p.Identifier.ValueText); break;
                case CatchDeclarationSyntax c when c.Identifier != default: names.Add(c.Identifier.ValueText); break;
            }
        }

        return names;
    }

    /// <summary>Simple names the statement reads (not member names after a dot, not named arguments).</summary>
    private static IEnumerable<string> UsedNames(SyntaxNode statement)
        => statement.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(n => !(n.Parent is MemberAccessExpressionSyntax m && m.Name == n)
                && n.Parent is not NameColonSyntax
                && !(n.Parent is AssignmentExpressionSyntax a && a.Left == n && a.Parent is InitializerExpressionSyntax))
            .Select(n => n.Identifier.ValueText)
            .Distinct(StringComparer.Ordinal);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in trusted.Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")))
        {
            var name = Path.GetFileName(file);
            if (!files.ContainsKey(name) && IsManaged(file))
            {
                files[name] = file;
            }
        }

        return [.. files.Values.Select(static f => (MetadataReference)MetadataReference.CreateFromFile(f))];
    }

    private static bool IsManaged(string file)
    {
        try
        {
            AssemblyName.GetAssemblyName(file);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;   // a native library next to the managed ones
        }
    }
}

/// <summary>A snippet that does not compile, or that names something the harness cannot supply.</summary>
public sealed class SnippetException(string message) : Exception(message);
