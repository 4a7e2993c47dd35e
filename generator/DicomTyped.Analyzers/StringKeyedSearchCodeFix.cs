using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace DicomTyped.Analyzers;

/// <summary>
/// DTY0013's fix: <c>client.SearchAsync&lt;AzureDicomV2.StudyMatch&gt;("studies", [new("PatientID", id)], ct)</c> becomes
/// <c>client.SearchAsync(Qido.Studies().PatientID(id), ct)</c>, the same search checked at compile time.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StringKeyedSearchCodeFix)), Shared]
public sealed class StringKeyedSearchCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(AnalyzerDescriptors.StringKeyedSearchCanBeTyped.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var invocation = root?.FindNode(context.Span).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation is null)
        {
            return;
        }
        context.RegisterCodeFix(
            CodeAction.Create("Use the typed query builder", ct => RewriteAsync(context.Document, invocation, ct), nameof(StringKeyedSearchCodeFix)),
            context.Diagnostics);
    }

    private static async Task<Document> RewriteAsync(Document document, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null
            || model.Compilation.GetTypeByMetadataName(QueryBuilder.MarkerName) is not { } marker
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation)
        {
            return document;
        }
        var keywords = Keywords.Load(model.Compilation, document.Project.AnalyzerOptions, cancellationToken);
        if (StringKeyedSearch.Read(operation, marker, keywords, type => type.ToMinimalDisplayString(model, invocation.SpanStart))?.TypedQuery is not { } typed)
        {
            return document;
        }
        var query = SyntaxFactory.ParseExpression(typed).WithAdditionalAnnotations(Simplifier.Annotation);
        // The route and parameters become the query; the rest (the cancellation token) stays as written.
        var arguments = SyntaxFactory.SeparatedList(
            new[] { SyntaxFactory.Argument(query) }.Concat(invocation.ArgumentList.Arguments.Skip(2)));
        ExpressionSyntax callee = invocation.Expression switch
        {
            MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } access =>
                access.WithName(SyntaxFactory.IdentifierName(generic.Identifier).WithTriviaFrom(generic)),
            MemberBindingExpressionSyntax { Name: GenericNameSyntax generic } binding =>
                binding.WithName(SyntaxFactory.IdentifierName(generic.Identifier).WithTriviaFrom(generic)),
            var other => other,
        };
        var rewritten = invocation
            .WithExpression(callee)
            .WithArgumentList(invocation.ArgumentList.WithArguments(arguments))
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, rewritten));
    }
}
