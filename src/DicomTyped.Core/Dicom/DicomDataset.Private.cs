using System;
using DicomTyped.Dicom.Charsets;

namespace DicomTyped.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>
    /// Finds a private element by its creator (PS3.5 7.8.1): the block reserved by the creator element
    /// (gggg,00xx) whose value is <paramref name="creator"/>, and the element byte within that block.
    /// </summary>
    /// <param name="group">An odd (private) group.</param>
    /// <param name="creator">The private creator string, e.g. <c>SIEMENS CSA HEADER</c>.</param>
    /// <param name="elementByte">The low byte of the element number (the xx of gggg,00xx is the block).</param>
    /// <param name="element">The element found.</param>
    public bool TryGetPrivateElement(ushort group, string creator, byte elementByte, out DicomElement element)
    {
        element = null!;
        var block = FindPrivateBlock(group, creator);
        return block != 0 && TryGetElement(new DicomTag(group, (ushort)((block << 8) | elementByte)), out element);
    }

    /// <summary>The private creator that reserved the block of a private data element, or null.</summary>
    public string? GetPrivateCreator(DicomTag tag)
    {
        if (!tag.IsPrivate || tag.Element < 0x1000)
        {
            return null;
        }
        var creatorTag = new DicomTag(tag.Group, (ushort)(tag.Element >> 8));
        return TryGetElement(creatorTag, out var creator) ? creator.GetString(DicomCharacterSet.Default) : null;
    }

    /// <summary>
    /// The tag of a private element in the block of <paramref name="creator"/>, reserving the first free block
    /// (adding the creator element) when the creator has none yet.
    /// </summary>
    /// <exception cref="ArgumentException">The group is not private.</exception>
    /// <exception cref="InvalidOperationException">All 240 blocks of the group are taken.</exception>
    public DicomTag GetOrAddPrivateTag(ushort group, string creator, byte elementByte)
    {
        if (!new DicomTag(group, 0x0010).IsPrivate)
        {
            throw new ArgumentException($"Group {group:X4} is not a private group.", nameof(group));
        }
        var block = FindPrivateBlock(group, creator);
        if (block == 0)
        {
            for (ushort candidate = 0x10; candidate <= 0xFF && block == 0; candidate++)
            {
                if (!Contains(new DicomTag(group, candidate)))
                {
                    block = candidate;
                    SetString(new DicomTag(group, candidate), DicomVR.LO, creator);
                }
            }
            if (block == 0)
            {
                throw new InvalidOperationException($"Group {group:X4} has no free private block for '{creator}'.");
            }
        }
        return new DicomTag(group, (ushort)((block << 8) | elementByte));
    }

    private ushort FindPrivateBlock(ushort group, string creator)
    {
        for (ushort block = 0x10; block <= 0xFF; block++)
        {
            if (TryGetElement(new DicomTag(group, block), out var candidate) &&
                string.Equals(candidate.GetString(DicomCharacterSet.Default), creator.Trim(), StringComparison.Ordinal))
            {
                return block;
            }
        }
        return 0;
    }
}
