using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DicomTyped.Analyzers;

/// <summary>
/// The string-keyed <c>SearchAsync</c>/<c>SearchAllAsync</c>: a key in a string literal that is no keyword, or one the
/// profile of the match record does not search on the route, is a warning with the typed error's text (DTY0012); a
/// search whose keys are all known and searchable gets DTY0013, which the code fix turns into the typed builder.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StringKeyedSearchAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        AnalyzerDescriptors.StringKeyNotSearchable, AnalyzerDescriptors.StringKeyedSearchCanBeTyped);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(QueryBuilder.MarkerName) is not { } marker
                || start.Compilation.GetTypeByMetadataName("DicomTyped.Client.DicomWebClient") is null)
            {
                return;
            }
            var keywords = new System.Lazy<Keywords>(() => Keywords.Load(start.Compilation, start.Options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(operation => Analyze(operation, marker, keywords), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol marker, System.Lazy<Keywords> keywords)
    {
        if (StringKeyedSearch.Read((IInvocationOperation)context.Operation, marker, keywords.Value) is not { } search)
        {
            return;
        }
        foreach (var (location, message) in search.Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDescriptors.StringKeyNotSearchable, location, message));
        }
        if (search.TypedQuery is { } typed)
        {
            var syntax = (InvocationExpressionSyntax)context.Operation.Syntax;
            var at = syntax.Expression is MemberAccessExpressionSyntax access ? access.Name.GetLocation() : syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDescriptors.StringKeyedSearchCanBeTyped, at, ShortName(typed)));
        }
    }

    // The message names the builder start as a reader writes it: AzureDicomV2.Qido.Studies().
    private static string ShortName(string typed)
    {
        var parts = typed.Substring(0, typed.IndexOf('(')).Replace("global::", "").Split('.');
        return parts.Length >= 3 ? string.Join(".", parts, parts.Length - 3, 3) + "()" : string.Join(".", parts) + "()";
    }
}
