using System.Diagnostics.CodeAnalysis;

// RS0041 (public API uses oblivious reference types) fires only on the members System.Text.Json's source generator
// writes into ZoomJsonContext, which it emits without nullable annotations. The context stays public (the emulator in
// Zoom.Connector.Testing and hosts serialize with it) and its members are still declared in PublicAPI.Unshipped.txt and
// checked by RS0016/RS0017; only the annotation check is off, for this one type. (.editorconfig sections do not reach
// generated files, hence an attribute.)
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0041:Public members should not use oblivious types",
    Scope = "type",
    Target = "~T:Zoom.Connector.Serialization.ZoomJsonContext",
    Justification = "System.Text.Json source-generated members carry no nullable annotations.")]
