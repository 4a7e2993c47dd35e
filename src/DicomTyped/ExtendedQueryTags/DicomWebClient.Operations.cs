using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Http;

namespace DicomTyped.Client;

// Azure's long-running operations (GET operations/{id}), such as the reindex an extended query tag add starts.
public sealed partial class DicomWebClient
{
    /// <summary>The shortest interval <see cref="WaitForOperationAsync"/> polls at.</summary>
    public static readonly TimeSpan MinOperationPollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest interval <see cref="WaitForOperationAsync"/> polls at.</summary>
    public static readonly TimeSpan MaxOperationPollInterval = TimeSpan.FromSeconds(30);

    /// <summary>A long-running operation's status (<c>GET operations/{operationId}</c>).</summary>
    /// <param name="operationId">The id an add answered (<see cref="DicomOperationReference.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="operationId"/> is not 1 to 64 letters, digits and '-'.</exception>
    /// <exception cref="DicomWebNotFoundException">404: no such operation.</exception>
    /// <exception cref="DicomWebInvalidResponseException">The answer is not a JSON operation.</exception>
    /// <exception cref="DicomWebResponseTooLargeException">The answer is longer than <see cref="DicomWebClientOptions.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="DicomWebTransportException">No answer came back (after retries).</exception>
    public async Task<DicomOperation> GetOperationAsync(string operationId, CancellationToken cancellationToken = default)
    {
        var id = ExtendedQueryTagRequestWriter.CheckOperationId(operationId, nameof(operationId));
        using var response = await SendAsync(token => Api.GetOperationAsync(id, token), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return ExtendedQueryTagReader.Read(body.Span, ExtendedQueryTagJsonContext.Default.DicomOperation, "a JSON operation", response);
    }

    /// <summary>
    /// Polls an operation until it succeeded, at <paramref name="pollInterval"/> (default 1 s, kept within
    /// <see cref="MinOperationPollInterval"/>..<see cref="MaxOperationPollInterval"/>). Bound the wait with
    /// <paramref name="cancellationToken"/> (e.g. a <see cref="CancellationTokenSource"/> with a timeout).
    /// </summary>
    /// <param name="operationId">The id an add answered.</param>
    /// <param name="pollInterval">Time between polls; 1 s when null.</param>
    /// <param name="cancellationToken">Ends the wait (<see cref="OperationCanceledException"/>).</param>
    /// <returns>The operation, succeeded.</returns>
    /// <exception cref="DicomOperationFailedException">The operation ended failed or canceled.</exception>
    /// <exception cref="ArgumentException"><paramref name="operationId"/> is not an operation id.</exception>
    /// <exception cref="DicomWebException">A poll was answered with an unsuccessful status, was too large, unreadable, or did not come.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public async Task<DicomOperation> WaitForOperationAsync(string operationId, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        var interval = pollInterval ?? TimeSpan.FromSeconds(1);
        interval = interval < MinOperationPollInterval ? MinOperationPollInterval : interval > MaxOperationPollInterval ? MaxOperationPollInterval : interval;
        while (true)
        {
            var operation = await GetOperationAsync(operationId, cancellationToken).ConfigureAwait(false);
            switch (operation.Status)
            {
                case DicomOperationStatus.Succeeded:
                    return operation;
                case DicomOperationStatus.Failed or DicomOperationStatus.Canceled:
                    throw new DicomOperationFailedException(operation);
            }
            await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
        }
    }
}
