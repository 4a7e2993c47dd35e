using System;

namespace DicomTyped.Http;

/// <summary>
/// A successful status came with a body the client cannot read: a store or change-feed answer that is not JSON, a
/// frame retrieve with no frame or more frames than asked for, an instance retrieve with no instance.
/// <see cref="DicomWebException.StatusCode"/> is the status the server sent: for a store, a 200 or 202 means the server
/// may have stored the instances even though its answer could not be read.
/// </summary>
public sealed class DicomWebInvalidResponseException : DicomWebException
{
    internal DicomWebInvalidResponseException(DicomWebError error, string problem, Exception? innerException = null)
        : base(error, $"{Describe(error.Method, error.RequestPath)} answered {(int)error.StatusCode} with a body the client cannot read: {problem}", innerException)
    {
    }
}
