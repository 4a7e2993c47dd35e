using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace DicomTyped.Dicom.Part10;

/// <summary>A transfer syntax (PS3.5 10, PS3.6 A): how a data set is encoded after the file meta information.</summary>
public sealed class TransferSyntax : IEquatable<TransferSyntax>
{
    private TransferSyntax(string uid, string name, bool explicitVR = true, bool bigEndian = false, bool encapsulated = false, bool deflated = false, bool lossy = false)
    {
        Uid = uid;
        Name = name;
        IsExplicitVR = explicitVR;
        IsBigEndian = bigEndian;
        IsEncapsulated = encapsulated;
        IsDeflated = deflated;
        IsLossy = lossy;
    }

    /// <summary>The UID.</summary>
    public string Uid { get; }

    /// <summary>The PS3.6 name.</summary>
    public string Name { get; }

    /// <summary>True when each element states its VR.</summary>
    public bool IsExplicitVR { get; }

    /// <summary>True for the retired Explicit VR Big Endian.</summary>
    public bool IsBigEndian { get; }

    /// <summary>True when pixel data is compressed and stored as fragments.</summary>
    public bool IsEncapsulated { get; }

    /// <summary>True when the whole data set is compressed with raw deflate (RFC 1951).</summary>
    public bool IsDeflated { get; }

    /// <summary>True for lossy pixel data compression.</summary>
    public bool IsLossy { get; }

    /// <summary>True when the UID is one this library knows.</summary>
    public bool IsKnown => s_known.ContainsKey(Uid);

    /// <summary>Implicit VR Little Endian, UID <c>1.2.840.10008.1.2</c> (PS3.6 table A-1, PS3.5 section 10); implicit VR.</summary>
    public static readonly TransferSyntax ImplicitVRLittleEndian = new("1.2.840.10008.1.2", "Implicit VR Little Endian", explicitVR: false);
    /// <summary>Explicit VR Little Endian, UID <c>1.2.840.10008.1.2.1</c> (PS3.6 table A-1, PS3.5 section 10).</summary>
    public static readonly TransferSyntax ExplicitVRLittleEndian = new("1.2.840.10008.1.2.1", "Explicit VR Little Endian");
    /// <summary>Encapsulated Uncompressed Explicit VR Little Endian, UID <c>1.2.840.10008.1.2.1.98</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax EncapsulatedUncompressedExplicitVRLittleEndian = new("1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian", encapsulated: true);
    /// <summary>Deflated Explicit VR Little Endian, UID <c>1.2.840.10008.1.2.1.99</c> (PS3.6 table A-1, PS3.5 section 10); deflated data set.</summary>
    public static readonly TransferSyntax DeflatedExplicitVRLittleEndian = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", deflated: true);
    /// <summary>Explicit VR Big Endian, UID <c>1.2.840.10008.1.2.2</c> (PS3.6 table A-1, PS3.5 section 10); big endian.</summary>
    public static readonly TransferSyntax ExplicitVRBigEndian = new("1.2.840.10008.1.2.2", "Explicit VR Big Endian", bigEndian: true);
    /// <summary>JPEG Baseline (Process 1), UID <c>1.2.840.10008.1.2.4.50</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax JPEGBaseline8Bit = new("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", encapsulated: true, lossy: true);
    /// <summary>JPEG Extended (Process 2 &amp; 4), UID <c>1.2.840.10008.1.2.4.51</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax JPEGExtended12Bit = new("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", encapsulated: true, lossy: true);
    /// <summary>JPEG Lossless, Non-Hierarchical (Process 14), UID <c>1.2.840.10008.1.2.4.57</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax JPEGLossless = new("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", encapsulated: true);
    /// <summary>JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1]), UID <c>1.2.840.10008.1.2.4.70</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax JPEGLosslessSV1 = new("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", encapsulated: true);
    /// <summary>JPEG-LS Lossless Image Compression, UID <c>1.2.840.10008.1.2.4.80</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax JPEGLSLossless = new("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", encapsulated: true);
    /// <summary>JPEG-LS Lossy (Near-Lossless) Image Compression, UID <c>1.2.840.10008.1.2.4.81</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax JPEGLSNearLossless = new("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", encapsulated: true, lossy: true);
    /// <summary>JPEG 2000 Image Compression (Lossless Only), UID <c>1.2.840.10008.1.2.4.90</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax JPEG2000Lossless = new("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", encapsulated: true);
    /// <summary>JPEG 2000 Image Compression, UID <c>1.2.840.10008.1.2.4.91</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax JPEG2000 = new("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", encapsulated: true, lossy: true);
    /// <summary>JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only), UID <c>1.2.840.10008.1.2.4.92</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax JPEG2000MCLossless = new("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)", encapsulated: true);
    /// <summary>JPEG 2000 Part 2 Multi-component Image Compression, UID <c>1.2.840.10008.1.2.4.93</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax JPEG2000MC = new("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression", encapsulated: true, lossy: true);
    /// <summary>JPIP Referenced, UID <c>1.2.840.10008.1.2.4.94</c> (PS3.6 table A-1, PS3.5 section 10).</summary>
    public static readonly TransferSyntax JPIPReferenced = new("1.2.840.10008.1.2.4.94", "JPIP Referenced");
    /// <summary>JPIP Referenced Deflate, UID <c>1.2.840.10008.1.2.4.95</c> (PS3.6 table A-1, PS3.5 section 10); deflated data set.</summary>
    public static readonly TransferSyntax JPIPReferencedDeflate = new("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate", deflated: true);
    /// <summary>MPEG2 Main Profile / Main Level, UID <c>1.2.840.10008.1.2.4.100</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax MPEG2MPML = new("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", encapsulated: true, lossy: true);
    /// <summary>MPEG2 Main Profile / High Level, UID <c>1.2.840.10008.1.2.4.101</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax MPEG2MPHL = new("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level", encapsulated: true, lossy: true);
    /// <summary>MPEG-4 AVC/H.264 High Profile / Level 4.1, UID <c>1.2.840.10008.1.2.4.102</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax MPEG4HP41 = new("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", encapsulated: true, lossy: true);
    /// <summary>MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1, UID <c>1.2.840.10008.1.2.4.103</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax MPEG4HP41BD = new("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", encapsulated: true, lossy: true);
    /// <summary>MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video, UID <c>1.2.840.10008.1.2.4.104</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax MPEG4HP422D = new("1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", encapsulated: true, lossy: true);
    /// <summary>MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video, UID <c>1.2.840.10008.1.2.4.105</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax MPEG4HP423D = new("1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", encapsulated: true, lossy: true);
    /// <summary>MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2, UID <c>1.2.840.10008.1.2.4.106</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax MPEG4HP42Stereo = new("1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", encapsulated: true, lossy: true);
    /// <summary>HEVC/H.265 Main Profile / Level 5.1, UID <c>1.2.840.10008.1.2.4.107</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax HEVCMP51 = new("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", encapsulated: true, lossy: true);
    /// <summary>HEVC/H.265 Main 10 Profile / Level 5.1, UID <c>1.2.840.10008.1.2.4.108</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax HEVCM10P51 = new("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1", encapsulated: true, lossy: true);
    /// <summary>High-Throughput JPEG 2000 Image Compression (Lossless Only), UID <c>1.2.840.10008.1.2.4.201</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax HTJ2KLossless = new("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)", encapsulated: true);
    /// <summary>High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only), UID <c>1.2.840.10008.1.2.4.202</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax HTJ2KLosslessRPCL = new("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)", encapsulated: true);
    /// <summary>High-Throughput JPEG 2000 Image Compression, UID <c>1.2.840.10008.1.2.4.203</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data, lossy.</summary>
    public static readonly TransferSyntax HTJ2K = new("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", encapsulated: true, lossy: true);
    /// <summary>RLE Lossless, UID <c>1.2.840.10008.1.2.5</c> (PS3.6 table A-1, PS3.5 section 10); encapsulated pixel data.</summary>
    public static readonly TransferSyntax RLELossless = new("1.2.840.10008.1.2.5", "RLE Lossless", encapsulated: true);

    private static readonly FrozenDictionary<string, TransferSyntax> s_known = new[]
    {
        ImplicitVRLittleEndian, ExplicitVRLittleEndian, EncapsulatedUncompressedExplicitVRLittleEndian, DeflatedExplicitVRLittleEndian,
        ExplicitVRBigEndian, JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLossless, JPEGLosslessSV1, JPEGLSLossless, JPEGLSNearLossless,
        JPEG2000Lossless, JPEG2000, JPEG2000MCLossless, JPEG2000MC, JPIPReferenced, JPIPReferencedDeflate, MPEG2MPML, MPEG2MPHL,
        MPEG4HP41, MPEG4HP41BD, MPEG4HP422D, MPEG4HP423D, MPEG4HP42Stereo, HEVCMP51, HEVCM10P51, HTJ2KLossless, HTJ2KLosslessRPCL,
        HTJ2K, RLELossless,
    }.ToFrozenDictionary(ts => ts.Uid, StringComparer.Ordinal);

    /// <summary>Every transfer syntax this library knows.</summary>
    public static IEnumerable<TransferSyntax> Known => s_known.Values;

    /// <summary>
    /// The transfer syntax of <paramref name="uid"/>. An unknown UID is taken as an encapsulated Explicit VR Little Endian
    /// syntax, which is what PS3.5 10 requires of every transfer syntax not listed in it.
    /// </summary>
    public static TransferSyntax FromUid(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var trimmed = uid.TrimEnd('\0', ' ');
        return s_known.TryGetValue(trimmed, out var known) ? known : new TransferSyntax(trimmed, "Unknown (" + trimmed + ")", encapsulated: true);
    }

    /// <inheritdoc />
    public bool Equals(TransferSyntax? other) => other is not null && other.Uid == Uid;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TransferSyntax);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Uid);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Uid})";
}
