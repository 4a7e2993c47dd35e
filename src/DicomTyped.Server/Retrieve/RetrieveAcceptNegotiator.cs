using System;
using System.Collections.Generic;
using System.Linq;
using DicomTyped.Dicom;
using DicomTyped.Dicom.Part10;
using DicomTyped.Multipart;
using DicomTyped.Server.Errors;
using DicomTyped.Server.Negotiation;
using Microsoft.AspNetCore.Http;

namespace DicomTyped.Server.Retrieve;

/// <summary>
/// Reads a WADO-RS Accept header into the forms the client takes, best first (PS3.18 8.7.3; the Azure DICOM
/// service's rules for what its retrieve routes accept). Media ranges are ordered by their <c>q</c> value (ties keep
/// the header's order); <c>q=0</c> and ranges the route cannot serve are left out, so an empty result means 406.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>No Accept header: the route's default, <c>multipart/related; type="{payload}"</c> in Explicit VR Little Endian
/// (PS3.18 8.7.3.5.2 makes it the default transfer syntax; Azure also answers a request without Accept).</item>
/// <item><c>*/*</c> (Azure): multipart of the route's payload type with <c>transfer-syntax=*</c>.</item>
/// <item><c>multipart/related</c> without <c>type</c>: the route's payload type. A <c>transfer-syntax</c> written
/// inside the quoted <c>type</c> value, as Orthanc writes it, is read too.</item>
/// <item>A single-part payload type (<c>application/dicom</c> for an instance, <c>application/octet-stream</c> for
/// one frame) only where the route allows it.</item>
/// <item>A <c>transfer-syntax</c> that is neither <c>*</c> nor a UID makes that range unusable.</item>
/// </list>
/// </remarks>
internal static class RetrieveAcceptNegotiator
{
    /// <summary>The forms the request accepts, best first; empty when none can be served (406).</summary>
    /// <param name="request">The request; its Accept header lines are read.</param>
    /// <param name="payloadType">The route's payload: <c>application/dicom</c> or <c>application/octet-stream</c>.</param>
    /// <param name="singlePartAllowed">Whether the payload type alone (no multipart) is allowed on the route.</param>
    /// <exception cref="DicomWebRequestException">400: the Accept header cannot be parsed.</exception>
    public static IReadOnlyList<RetrievedForm> Negotiate(HttpRequest request, string payloadType, bool singlePartAllowed)
    {
        var defaultSyntax = TransferSyntax.ExplicitVRLittleEndian.Uid;
        if (!request.Headers.Accept.Any(line => !string.IsNullOrWhiteSpace(line)))
        {
            return [new RetrievedForm(payloadType, Multipart: true, defaultSyntax)];
        }
        // AcceptHeader orders the ranges by q (ties as sent) and drops q=0.
        return AcceptHeader.Parse(request)
            .Select(range => ToForm(range, payloadType, singlePartAllowed, defaultSyntax))
            .OfType<RetrievedForm>()
            .Distinct()
            .ToArray();
    }

    /// <summary>What a request that accepts none of <paramref name="payloadType"/>'s forms is told (406).</summary>
    public static DicomWebRequestException NotAcceptable(HttpRequest request, string payloadType, bool singlePartAllowed) =>
        DicomWebRequestException.NotAcceptable(
            $"The Accept header '{request.Headers.Accept}' names no form this resource is served in: multipart/related; type=\"{payloadType}\""
            + (singlePartAllowed ? $" or {payloadType}" : "")
            + ", with transfer-syntax=* or a transfer syntax UID (Explicit VR Little Endian when absent), or */*.");

    private static RetrievedForm? ToForm(MediaTypeWithParameters range, string payloadType, bool singlePartAllowed, string defaultSyntax)
    {
        if (range.IsMediaType(RetrieveMediaTypes.Any))
        {
            return new RetrievedForm(payloadType, Multipart: true, RetrievedForm.AnyTransferSyntax);
        }
        if (range.IsMediaType(MediaTypes.MultipartRelated) || range.IsMediaType("multipart/*"))
        {
            var syntax = range.GetParameter("transfer-syntax");
            var type = range.GetParameter("type");
            if (type is not null)
            {
                // Orthanc-style: type="application/octet-stream; transfer-syntax=…".
                if (!MediaTypeWithParameters.TryParse(type, out var inner) || !inner.IsMediaType(payloadType))
                {
                    return null;
                }
                syntax ??= inner.GetParameter("transfer-syntax");
            }
            return WithSyntax(payloadType, multipart: true, syntax ?? defaultSyntax);
        }
        if (singlePartAllowed && range.IsMediaType(payloadType))
        {
            return WithSyntax(payloadType, multipart: false, range.GetParameter("transfer-syntax") ?? defaultSyntax);
        }
        return null;
    }

    private static RetrievedForm? WithSyntax(string payloadType, bool multipart, string syntax)
    {
        syntax = syntax.Trim();
        return syntax == RetrievedForm.AnyTransferSyntax || DicomUid.IsValid(syntax)
            ? new RetrievedForm(payloadType, multipart, syntax)
            : null;
    }
}
