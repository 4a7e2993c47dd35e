using System;
using System.Threading;
using System.Threading.Tasks;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom;

/// <summary>
/// One data element: a tag, a VR and the value exactly as encoded (in the byte order it was read in),
/// decoded only when a typed getter asks for it.
/// </summary>
public class DicomElement
{
    private ReadOnlyMemory<byte> _value;
    private bool _loaded;

    /// <summary>Creates an element whose encoded value is held in memory.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="vr">The value representation.</param>
    /// <param name="value">The encoded value, padding included.</param>
    /// <param name="isBigEndian">Whether binary values are big endian (read from Explicit VR Big Endian).</param>
    public DicomElement(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value, bool isBigEndian = false)
    {
        Tag = tag;
        VR = vr;
        _value = value;
        _loaded = true;
        IsBigEndian = isBigEndian;
    }

    /// <summary>Creates an element whose value stays in its source stream until it is asked for.</summary>
    public DicomElement(DicomTag tag, DicomVR vr, DicomStreamRange range, bool isBigEndian = false)
    {
        ArgumentNullException.ThrowIfNull(range);
        Tag = tag;
        VR = vr;
        StreamRange = range;
        IsBigEndian = isBigEndian;
    }

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The value representation.</summary>
    public DicomVR VR { get; }

    /// <summary>True when binary values are stored big endian, as read from Explicit VR Big Endian.</summary>
    public bool IsBigEndian { get; }

    /// <summary>
    /// True when a Part 10 reader made this element from a file's bytes, which are then written back unchanged without
    /// checking the value rules (structure is still checked): a file that reads without error saves without error.
    /// Elements made by setters or by callers are checked on write (see <c>DicomWriteOptions.AllowInvalidValues</c>).
    /// </summary>
    internal bool IsAsRead { get; init; }

    /// <summary>The source range when the value was left in its stream; null when it is in memory.</summary>
    public DicomStreamRange? StreamRange { get; }

    /// <summary>The encoded length in bytes (for sequences and fragments: 0; see their own members).</summary>
    public virtual long Length => StreamRange?.Length ?? _value.Length;

    /// <summary>The encoded value; a referenced value is read from its stream on first access.</summary>
    public ReadOnlyMemory<byte> Value
    {
        get
        {
            if (!_loaded)
            {
                _value = StreamRange!.ReadAll();
                _loaded = true;
            }
            return _value;
        }
    }

    /// <summary>The encoded value, read asynchronously from its stream when it was referenced.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> GetValueAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _value = await StreamRange!.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            _loaded = true;
        }
        return _value;
    }

    /// <summary>The number of values: backslash-separated parts for text, fixed-size items for binary VRs.</summary>
    public int Count => DicomValueDecoder.CountValues(this);

    /// <summary>The whole text value, decoded and with padding removed (multiple values keep their backslashes).</summary>
    public string GetString(DicomCharacterSet? characterSet = null) => DicomValueDecoder.GetString(this, characterSet ?? DicomCharacterSet.Default);

    /// <summary>The text values, split at backslashes (except for LT, ST, UT and UR, which have one value).</summary>
    public string[] GetStrings(DicomCharacterSet? characterSet = null) => DicomValueDecoder.GetStrings(this, characterSet ?? DicomCharacterSet.Default);

    /// <summary>Value <paramref name="index"/> as a number, from a binary VR or from IS/DS text.</summary>
    /// <exception cref="FormatException">The text is not a number.</exception>
    /// <exception cref="OverflowException">The value does not fit in <typeparamref name="T"/>.</exception>
    public T GetValue<T>(int index = 0) where T : System.Numerics.INumber<T> => DicomValueDecoder.GetNumber<T>(this, index);

    /// <summary>Every value as a number.</summary>
    public T[] GetValues<T>() where T : System.Numerics.INumber<T> => DicomValueDecoder.GetNumbers<T>(this);

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VR} {Length} bytes";
}
