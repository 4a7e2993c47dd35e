using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DicomTyped.Analyzers;

/// <summary>
/// On a member of a generated query builder that does not bind (the compiler's bare CS1061), says why: the attribute
/// is not searchable on that route (DTY0008), its level is fixed by the route's path (DTY0009), the server has no such
/// matching (DTY0010), or the name is no attribute at all, with "did you mean" (DTY0011).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QueryBuilderAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        AnalyzerDescriptors.NotSearchableOnRoute, AnalyzerDescriptors.LevelFixedByRoute,
        AnalyzerDescriptors.MatchingNotSupported, AnalyzerDescriptors.UnknownAttribute);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(QueryBuilder.MarkerName) is not { } marker)
            {
                return;
            }
            var keywords = new System.Lazy<Keywords>(() => Keywords.Load(start.Compilation, start.Options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
            var explainers = new ConcurrentDictionary<INamedTypeSymbol, QueryExplainer>(SymbolEqualityComparer.Default);
            start.RegisterSyntaxNodeAction(node => Analyze(node, marker, keywords, explainers), SyntaxKind.SimpleMemberAccessExpression);
        });
    }

    private static void Analyze(
        SyntaxNodeAnalysisContext context,
        INamedTypeSymbol marker,
        System.Lazy<Keywords> keywords,
        ConcurrentDictionary<INamedTypeSymbol, QueryExplainer> explainers)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        var info = context.SemanticModel.GetSymbolInfo(access, context.CancellationToken);
        if (info.Symbol is not null || !info.CandidateSymbols.IsEmpty)
        {
            return;
        }
        var receiver = context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type;
        if (QueryBuilder.From(receiver, marker) is not { } builder)
        {
            return;
        }
        var explainer = explainers.GetOrAdd(builder.Type, _ => new QueryExplainer(builder, marker, keywords.Value));
        if (explainer.Explain(access.Name.Identifier.ValueText) is { } explanation)
        {
            // The descriptor is one of SupportedDiagnostics, chosen by the explainer (RS1005 cannot follow it there).
#pragma warning disable RS1005
            context.ReportDiagnostic(Diagnostic.Create(explanation.Descriptor, access.Name.GetLocation(), explanation.Message));
#pragma warning restore RS1005
        }
    }
}
