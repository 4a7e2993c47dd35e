#!/usr/bin/python3
"""Writes the small bad Part 10 inputs of this folder byte by byte (no DICOM library), so that each fault is exactly
the one named. Rerun: /usr/bin/python3 tests/data/cases/make-bad-part10.py (from the repository root or this folder)."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
LONG = {b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR", b"UT", b"UV"}


def el(group, element, vr, value, length=None):
    """One explicit VR little endian element; vr may be any two bytes."""
    if length is None:
        length = len(value)
    head = struct.pack("<HH", group, element) + vr
    if vr in LONG:
        return head + b"\0\0" + struct.pack("<I", length) + value
    return head + struct.pack("<H", length) + value


def text(value, pad=b" "):
    data = value.encode("ascii")
    return data + pad if len(data) % 2 else data


def meta(group_length="right"):
    body = (el(2, 1, b"OB", b"\0\1") + el(2, 2, b"UI", text("1.2.840.10008.5.1.4.1.1.7", b"\0"))
            + el(2, 3, b"UI", text("1.2.826.0.1.3680043.8.498.99.3", b"\0"))
            + el(2, 0x10, b"UI", text("1.2.840.10008.1.2.1", b"\0")))
    if group_length == "missing":
        return body
    value = len(body) if group_length == "right" else len(body) - 26
    return el(2, 0, b"UL", struct.pack("<I", value)) + body


def part10(meta_bytes, dataset):
    return b"\0" * 128 + b"DICM" + meta_bytes + dataset


def common(name, patient_id):
    return (el(8, 0x16, b"UI", text("1.2.840.10008.5.1.4.1.1.7", b"\0"))
            + el(8, 0x18, b"UI", text("1.2.826.0.1.3680043.8.498.99.3", b"\0"))
            + el(8, 0x60, b"CS", text("OT"))
            + el(0x10, 0x10, b"PN", text(name))
            + el(0x10, 0x20, b"LO", text(patient_id)))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# (0010,0021) Issuer of Patient ID with the VR bytes "XX": no VR of PS3.5; the elements around it are sound.
write("vr-not-a-vr.dcm", part10(meta(), common("Probe^Beta", "SYN-002")
      + el(0x10, 0x21, b"XX", text("HOSP")) + el(0x10, 0x30, b"DA", text("20000101"))))

# (0008,1140) Referenced Image Sequence, defined length 8, whose value is text instead of items.
write("sequence-not-items.dcm", part10(meta(), el(8, 0x16, b"UI", text("1.2.840.10008.5.1.4.1.1.7", b"\0"))
      + el(8, 0x18, b"UI", text("1.2.826.0.1.3680043.8.498.99.3", b"\0"))
      + el(8, 0x60, b"CS", text("OT"))
      + el(8, 0x1140, b"SQ", b"NOTITEMS")
      + el(0x10, 0x10, b"PN", text("Probe^Gamma")) + el(0x10, 0x20, b"LO", text("SYN-003"))))

# Seven zero bytes after the last element: too short for an element header (trailing padding some writers leave).
write("trailing-padding.dcm", part10(meta(), common("Probe^Delta", "SYN-004") + b"\0" * 7))

# File meta information without (0002,0000) File Meta Information Group Length.
write("meta-without-group-length.dcm", part10(meta("missing"), common("Probe^Epsilon", "SYN-005")))

# File meta information whose group length is 26 bytes short: it ends before Transfer Syntax UID.
write("meta-wrong-group-length.dcm", part10(meta("wrong"), common("Probe^Zeta", "SYN-006")))

# (0008,1140) Referenced Image Sequence written with VR UN (by a system that did not know the tag), defined length:
# one item of defined length in implicit VR little endian (PS3.5 6.2.2) holding (0008,1155) Referenced SOP Instance UID.
uid = text("1.2.826.0.1.3680043.8.498.99.4", b"\0")
item_body = struct.pack("<HHI", 8, 0x1155, len(uid)) + uid
item = struct.pack("<HHI", 0xFFFE, 0xE000, len(item_body)) + item_body
write("sequence-as-un.dcm", part10(meta(), el(8, 0x16, b"UI", text("1.2.840.10008.5.1.4.1.1.7", b"\0"))
      + el(8, 0x18, b"UI", text("1.2.826.0.1.3680043.8.498.99.3", b"\0"))
      + el(8, 0x60, b"CS", text("OT"))
      + el(8, 0x1140, b"UN", item)
      + el(0x10, 0x10, b"PN", text("Probe^Eta")) + el(0x10, 0x20, b"LO", text("SYN-007"))))
