using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Zoom.Connector.Tests.DependencyInjection;

/// <summary>
/// Which folders of the compiled library use which other folders' types. A type's folder is its namespace under
/// <c>Zoom.Connector</c> (<c>Zoom.Connector.Http.Pipeline</c> is <c>Http/Pipeline</c>); the DI extension classes, which live in
/// <c>Microsoft.Extensions.DependencyInjection</c> by convention, count in the folder of their source file (read from
/// the portable PDB). A use is any mention in a base type, interface, field, method signature, local, or an IL operand
/// (calls, field access, casts, <c>new</c>, <c>typeof</c>), nested and compiler-generated types counting for their outer type.
/// </summary>
internal sealed class FolderGraph
{
    private const string Root = "Zoom.Connector";
    private const string DiNamespace = "Microsoft.Extensions.DependencyInjection";
    private static readonly OperandType?[] OneByte = new OperandType?[256];
    private static readonly OperandType?[] TwoByte = new OperandType?[256];

    static FolderGraph()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (code.Size == 1)
            {
                OneByte[value] = code.OperandType;
            }
            else
            {
                TwoByte[value & 0xff] = code.OperandType;
            }
        }
    }

    private FolderGraph(Dictionary<string, Dictionary<string, string>> edges, Dictionary<string, string> typeFolders)
    {
        Edges = edges;
        TypeFolders = typeFolders;
    }

    /// <summary>Folder -> used folder -> one example ("A uses B").</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges { get; }

    /// <summary>Full type name -> folder, for the library's own top-level types.</summary>
    public IReadOnlyDictionary<string, string> TypeFolders { get; }

    public bool Uses(string from, string to) => Edges.TryGetValue(from, out var used) && used.ContainsKey(to);

    public static FolderGraph Load(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var md = pe.GetMetadataReader();
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        if (!File.Exists(pdbPath))
        {
            throw new FileNotFoundException($"The folder graph needs the library's portable PDB next to it ({pdbPath}).");
        }

        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
        var pdb = pdbProvider.GetMetadataReader();

        var folders = new Dictionary<TypeDefinitionHandle, string?>();
        string? FolderOf(TypeDefinitionHandle handle)
        {
            var top = handle;
            while (md.GetTypeDefinition(top).GetDeclaringType() is { IsNil: false } outer)
            {
                top = outer;
            }

            if (folders.TryGetValue(top, out var known))
            {
                return known;
            }

            var ns = md.GetString(md.GetTypeDefinition(top).Namespace);
            var folder = ns == Root ? "(root)"
                : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Replace('.', '/')
                : ns == DiNamespace ? SourceFolder(md, pdb, top)
                : null;
            folders[top] = folder;
            return folder;
        }

        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var typeFolders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeDefinitions)
        {
            var from = FolderOf(handle);
            if (from is null)
            {
                continue;
            }

            var type = md.GetTypeDefinition(handle);
            if (type.GetDeclaringType().IsNil)
            {
                typeFolders[FullName(md, handle)] = from;
            }

            var used = new HashSet<TypeDefinitionHandle>();
            new References(md, pe, used).OfType(type);
            foreach (var target in used)
            {
                var to = FolderOf(target);
                if (to is null || to == from)
                {
                    continue;
                }

                if (!edges.TryGetValue(from, out var targets))
                {
                    edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                targets.TryAdd(to, $"{FullName(md, handle)} uses {FullName(md, target)}");
            }
        }

        return new FolderGraph(edges, typeFolders);
    }

    /// <summary>The folders that form a loop (strongly connected components of more than one folder).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Loops(IReadOnlyDictionary<string, Dictionary<string, string>> edges)
    {
        // Tarjan's algorithm over the folder graph.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var loops = new List<IReadOnlyList<string>>();
        var next = 0;
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(v => v.Keys)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in edges.TryGetValue(node, out var t) ? t.Keys : Enumerable.Empty<string>())
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    loops.Add(component);
                }
            }
        }

        foreach (var node in nodes)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return loops;
    }

    private static string? SourceFolder(MetadataReader md, MetadataReader pdb, TypeDefinitionHandle type)
    {
        foreach (var method in md.GetTypeDefinition(type).GetMethods())
        {
            var info = pdb.GetMethodDebugInformation(method);
            if (info.Document.IsNil)
            {
                continue;
            }

            var path = pdb.GetString(pdb.GetDocument(info.Document).Name).Replace('\\', '/');
            const string marker = "/src/Zoom.Connector/";
            var at = path.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var relative = path[(at + marker.Length)..];
                var slash = relative.LastIndexOf('/');
                return slash < 0 ? "(root)" : relative[..slash];
            }
        }

        return null;
    }

    private static string FullName(MetadataReader md, TypeDefinitionHandle handle)
    {
        var type = md.GetTypeDefinition(handle);
        var name = md.GetString(type.Name);
        return type.GetDeclaringType() is { IsNil: false } outer
            ? FullName(md, outer) + "+" + name
            : md.GetString(type.Namespace) + "." + name;
    }

    /// <summary>Collects the library's own types an entity mentions.</summary>
    private sealed class References(MetadataReader md, PEReader pe, HashSet<TypeDefinitionHandle> found) : ISignatureTypeProvider<int, object?>
    {
        public void OfType(TypeDefinition type)
        {
            Entity(type.BaseType);
            foreach (var i in type.GetInterfaceImplementations())
            {
                Entity(md.GetInterfaceImplementation(i).Interface);
            }

            foreach (var f in type.GetFields())
            {
                md.GetFieldDefinition(f).DecodeSignature(this, null);
            }

            foreach (var m in type.GetMethods())
            {
                var method = md.GetMethodDefinition(m);
                method.DecodeSignature(this, null);
                if (method.RelativeVirtualAddress != 0)
                {
                    Body(method);
                }
            }

            foreach (var p in type.GetProperties())
            {
                md.GetPropertyDefinition(p).DecodeSignature(this, null);
            }
        }

        private void Body(MethodDefinition method)
        {
            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null);
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                int opcode = il.ReadByte();
                var operand = opcode == 0xfe ? TwoByte[il.ReadByte()] : OneByte[opcode];
                switch (operand)
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineString:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read before moving: Offset += ReadInt32() would lose the count's own 4 bytes
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                        var token = il.ReadInt32();
                        if ((token >>> 24) == 0x11)
                        {
                            md.GetStandaloneSignature((StandaloneSignatureHandle)MetadataTokens.EntityHandle(token)).DecodeMethodSignature(this, null);
                        }
                        else
                        {
                            Entity(MetadataTokens.EntityHandle(token));
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"Unknown IL opcode 0x{opcode:x2} at IL offset {il.Offset - 1} in {md.GetString(method.Name)} of {md.GetString(md.GetTypeDefinition(method.GetDeclaringType()).Name)}.");
                }
            }
        }

        private void Entity(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    found.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    found.Add(md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    found.Add(md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = md.GetMemberReference((MemberReferenceHandle)handle);
                    Entity(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(spec.Method);
                    spec.DecodeSignature(this, null);
                    break;
            }
        }

        public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            found.Add(handle);
            return 0;
        }

        public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;

        public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public int GetArrayType(int elementType, ArrayShape shape) => 0;

        public int GetByReferenceType(int elementType) => 0;

        public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

        public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

        public int GetGenericMethodParameter(object? genericContext, int index) => 0;

        public int GetGenericTypeParameter(object? genericContext, int index) => 0;

        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;

        public int GetPinnedType(int elementType) => 0;

        public int GetPointerType(int elementType) => 0;

        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

        public int GetSZArrayType(int elementType) => 0;
    }
}
