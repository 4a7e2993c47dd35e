#!/usr/bin/env python3
"""Build spec/dictionary/dicom-dictionary.tsv, the DicomTyped DICOM data dictionary.

Inputs -- all three are required, and each is fetched with an ordinary package client
(nothing else is downloaded):

  1. dcmjs 0.52.2 (npm, MIT) -- primary source (tag set, VR, VM, keyword, retired flag):
         cd /tmp && npm pack dcmjs@0.52.2 \
           && tar xzf dcmjs-0.52.2.tgz package/package.json package/generate/dictionary.mjs
     pass the extracted folder:        --dcmjs /tmp/package
  2. pydicom 2.3.1, DICOM 2022a (Debian bookworm `python3-pydicom` 2.3.1-1, MIT) -- names,
     repeater masks, cross-check:
         apt-get update && apt-get install -y python3-pydicom
     reads pydicom/_dicom_dict.py and pydicom/_version.py as text (pydicom is never imported);
     default:                          --pydicom /usr/lib/python3/dist-packages/pydicom
  3. DCMTK data dictionary, DICOM PS3.6/PS3.7-2022b (Debian bookworm `libdcmtk17`
     3.6.7-9~deb12u4, pulled in by `apt-get install -y dcmtk`; OFFIS BSD-style licence) --
     cross-check and the few public attributes dcmjs lacks;
     default:                          --dcmtk /usr/share/libdcmtk17/dicom.dic

Regenerate (from the repository root, after the steps above):
    python3 spec/dictionary/make-dictionary.py --dcmjs /tmp/package

The inputs are pinned by SHA-256 (see PINNED below); a different file is refused unless
--allow-unpinned is given. The output depends only on the input files, so a rerun is
byte-identical. Only the Python 3 standard library is used (3.8 or newer). -v lists every
dropped, corrected, added and derived entry on stderr.

The merge rules are described in spec/dictionary/README.md and in the comments below.
"""

import argparse
import ast
import collections
import hashlib
import json
import os
import re
import sys

# --------------------------------------------------------------------------- pins

PINNED = {
    "dcmjs": {
        "sha256": "6c70cb5ebcad7d035e94a15e24b2dcd973353e07408387d8ff385d4ca1c9ddc2",
        "package": "npm dcmjs@0.52.2 (MIT)",
    },
    "pydicom": {
        "sha256": "1b2799213737d789570795d8ac315bea8216837ae1d0735fb4cb952d665367c0",
        "package": "Debian python3-pydicom 2.3.1-1 (pydicom 2.3.1, MIT)",
    },
    "dcmtk": {
        "sha256": "7da64aebe4f31be6ef8b3a2ac26a20975185586a3249a4ff06a0303e06f8301b",
        "package": "Debian libdcmtk17 3.6.7-9~deb12u4 (DCMTK 3.6.7, OFFIS BSD-style licence)",
    },
}

REGEN_COMMAND = (
    "(cd /tmp && npm pack dcmjs@0.52.2 && tar xzf dcmjs-0.52.2.tgz package/package.json "
    "package/generate/dictionary.mjs) && apt-get install -y python3-pydicom dcmtk && "
    "python3 spec/dictionary/make-dictionary.py --dcmjs /tmp/package"
)

# DCMTK-style pseudo VRs (used by dcmjs and DCMTK) and the real PS3.6 VR sets they stand for.
# When pydicom (generated from the PS3.6 tables) has the tag, its VR set wins instead, because
# e.g. `lt` is used both for LUT Data (0028,3006), which PS3.6 gives as "US or OW", and for
# Gray Lookup Table Data (0028,1200), which PS3.6 gives as "US or SS or OW".
PSEUDO_VR = {
    "ox": "OB|OW",
    "px": "OB|OW",
    "xs": "US|SS",
    "lt": "US|SS|OW",
    "up": "UL",
    "na": "NONE",
}

REAL_VRS = set(
    "AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL "
    "UN UR US UT UV".split()
) | {"NONE"}

# dcmjs / DCMTK "version" labels that mark public PS3.6/PS3.7 entries. The Supplement_nnn /
# CP_nnnn labels are left-overs from an old DCMTK dictionary: those attributes have long since
# been folded into PS3.6 itself.
PUBLIC_LABEL = re.compile(r"^(DICOM|DICOM/retired|Supplement_\d+|CP_\d+)$")
EXCLUDED_LABEL = re.compile(r"DICONDE|DICOS")

KEYWORD_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
VM_RE = re.compile(r"^([0-9]+(-([0-9]+|[0-9]*n))?)$")
TAG_RE = re.compile(r"^[0-9A-Fx]{8}$")


def die(msg):
    sys.stderr.write("make-dictionary: error: %s\n" % msg)
    sys.exit(1)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read_text(path):
    with open(path, "r", encoding="utf-8") as f:
        return f.read()


# --------------------------------------------------------------------------- tags


def hexmask(lo, hi):
    """(6000,60FF) -> '60xx'; every digit must be equal or span 0..F."""
    out = []
    for a, b in zip(lo.upper(), hi.upper()):
        if a == b:
            out.append(a)
        elif a == "0" and b == "F":
            out.append("x")
        else:
            return None
    return "".join(out)


def dcmtk_tag(text):
    """'(gggg,eeee)' or '(gggg-gggg,eeee)' (DCMTK notation) -> 'ggggeeee' with x masks.

    Returns None for odd/any ranges (-o-/-u-: private, illegal and generic group lengths)."""
    m = re.match(r"^\(([0-9A-Fa-f]{4})(?:-([0-9A-Fa-f]{4}))?,([0-9A-Fa-f]{4})(?:-([0-9A-Fa-f]{4}))?\)$", text)
    if not m:
        return None
    g = m.group(1).upper() if not m.group(2) else hexmask(m.group(1), m.group(2))
    e = m.group(3).upper() if not m.group(4) else hexmask(m.group(3), m.group(4))
    if g is None or e is None:
        return None
    return g + e


def norm_mask(key):
    return "".join(c if c == "x" else c.upper() for c in key)


def sort_key(tag):
    return (int(tag.replace("x", "0"), 16), tag)


def vr_set(text):
    """'OB or OW' -> 'OB|OW'."""
    return "|".join(p.strip() for p in text.split(" or "))


# --------------------------------------------------------------------------- readers


def read_dcmjs(pkg_dir):
    path = os.path.join(pkg_dir, "generate", "dictionary.mjs")
    meta = json.loads(read_text(os.path.join(pkg_dir, "package.json")))
    if meta.get("name") != "dcmjs":
        die("%s is not the dcmjs package" % pkg_dir)
    src = read_text(path)
    keys = re.findall(r"^    (\"[^\"\n]*\"|'[^'\n]*'): \{", src, re.M)
    full = re.compile(
        r"^    (\"[^\"\n]*\"|'[^'\n]*'): \{\n"
        r"        tag: (\"[^\"\n]*\"|'[^'\n]*'),\n"
        r"        vr: \"([^\"\n]*)\",\n"
        r"        name: \"([^\"\n]*)\",\n"
        r"        vm: \"([^\"\n]*)\",\n"
        r"        version: \"([^\"\n]*)\"\n"
        r"    \},?$",
        re.M,
    )
    entries = []
    for m in full.finditer(src):
        if m.group(1) != m.group(2):
            die("dcmjs key %s != tag %s" % (m.group(1), m.group(2)))
        entries.append(
            {"tag": m.group(2)[1:-1], "vr": m.group(3), "name": m.group(4), "vm": m.group(5), "version": m.group(6)}
        )
    incomplete = len(keys) - len(entries)  # e.g. the  "": { tag: "" }  placeholder
    return entries, incomplete, meta["version"], path


def read_pydicom(pkg_dir):
    path = os.path.join(pkg_dir, "_dicom_dict.py")
    tree = ast.parse(read_text(path))
    tables = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            tables[node.target.id] = ast.literal_eval(node.value)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            tables[node.targets[0].id] = ast.literal_eval(node.value)
    out = {}
    for k, v in tables["DicomDictionary"].items():
        out["%08X" % k] = v
    for k, v in tables["RepeatersDictionary"].items():
        out[norm_mask(k)] = v
    ver = read_text(os.path.join(pkg_dir, "_version.py"))
    version = re.search(r"__version__[^=]*=\s*['\"]([^'\"]+)", ver).group(1)
    edition = re.search(r"__dicom_version__[^=]*=\s*['\"]([^'\"]+)", ver).group(1)
    # value: (VR, VM, Name, Retired, Keyword)
    return out, len(tables["RepeatersDictionary"]), version, edition, path


def read_dcmtk(path):
    out = {}
    edition = None
    for line in read_text(path).splitlines():
        if line.startswith("#"):
            m = re.search(r"Generated automatically from (DICOM PS ?3\.6-\S+ and PS ?3\.7-[0-9a-z]+)", line)
            if m:
                edition = m.group(1)
            continue
        if not line.strip():
            continue
        f = [x for x in line.split("\t") if x != ""]
        if len(f) != 5:
            die("bad dicom.dic line: %r" % line)
        tag = dcmtk_tag(f[0])
        if tag is not None:
            out[tag] = {"vr": f[1], "keyword": f[2], "vm": f[3], "version": f[4]}
    return out, edition


# --------------------------------------------------------------------------- names


class NameDeriver:
    """Turns a PS3.6 keyword back into a readable name for attributes pydicom does not know.

    The vocabulary is learned from pydicom's (keyword, name) pairs: each name word is mapped to
    the keyword fragment it produced ("of" <- "Of", "Patient's" <- "Patient", "kV" <- "kV"),
    and the keyword is segmented into known fragments with the fewest pieces (a dynamic
    program); unknown stretches fall back to plain CamelCase splitting."""

    ATOM = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
    ALIASES = {"TwoD": "2D", "ThreeD": "3D", "FourD": "4D", "kV": "kV", "KV": "kV"}
    SMALL = {"of", "in", "to", "for", "and", "or", "the", "by", "on", "at", "from", "with", "per", "a", "an"}

    def __init__(self, pairs):
        forms = collections.defaultdict(collections.Counter)
        for keyword, name in pairs:
            toks = name.split()
            keys = [self._key(t) for t in toks]
            pos, matched = 0, []
            for k, t in zip(keys, toks):
                for cand in (k[:1].upper() + k[1:], k):
                    if cand and keyword.startswith(cand, pos):
                        matched.append((cand, t))
                        pos += len(cand)
                        break
                else:
                    matched = None
                    break
            if matched is None or pos != len(keyword):
                continue
            for cand, t in matched:
                if re.search(r"[()/&,]", t) or (re.search(r"[a-z]{2,}[A-Z]", t) and t != "DateTime"):
                    continue
                forms[cand][t] += 1
        self.vocab = {}
        for k in sorted(forms):
            best = sorted(forms[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            self.vocab[k] = best
        self.vocab.update(self.ALIASES)

    @staticmethod
    def _key(tok):
        tok = re.sub(r"'s$", "", tok)
        return re.sub(r"[^A-Za-z0-9]", "", tok)

    def derive(self, keyword):
        n = len(keyword)
        inf = float("inf")
        best = [(inf, None)] * (n + 1)
        best[0] = (0, None)
        for i in range(n):
            if best[i][0] == inf:
                continue
            for j in range(i + 1, n + 1):
                piece = keyword[i:j]
                if piece in self.vocab:
                    cost = 10
                elif self.ATOM.fullmatch(piece):
                    cost = 25
                else:
                    continue
                cost += best[i][0]
                if cost < best[j][0]:
                    best[j] = (cost, (i, piece))
        if best[n][0] == inf:
            return " ".join(self.ATOM.findall(keyword))
        words, j = [], n
        while j > 0:
            i, piece = best[j][1]
            words.append(self.vocab.get(piece, piece))
            j = i
        words.reverse()
        if words[0] in self.SMALL:
            words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words)


# --------------------------------------------------------------------------- build


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dcmjs", required=True, help="extracted npm dcmjs package folder (holds package.json)")
    ap.add_argument("--pydicom", default="/usr/lib/python3/dist-packages/pydicom", help="pydicom package folder")
    ap.add_argument("--dcmtk", default="/usr/share/libdcmtk17/dicom.dic", help="DCMTK dicom.dic")
    ap.add_argument(
        "-o", "--output",
        default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "dicom-dictionary.tsv"),
        help="output TSV (default: dicom-dictionary.tsv beside this script)",
    )
    ap.add_argument("--allow-unpinned", action="store_true", help="accept inputs whose SHA-256 differs from PINNED")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every correction and derived name on stderr")
    args = ap.parse_args()

    dj_entries, dj_incomplete, dj_version, dj_path = read_dcmjs(args.dcmjs)
    pyd, pyd_masks, pyd_version, pyd_edition, pyd_path = read_pydicom(args.pydicom)
    dt, dt_edition = read_dcmtk(args.dcmtk)

    hashes = {"dcmjs": sha256(dj_path), "pydicom": sha256(pyd_path), "dcmtk": sha256(args.dcmtk)}
    for src, h in sorted(hashes.items()):
        if h != PINNED[src]["sha256"]:
            msg = "%s input %s differs from the pinned one" % (src, h)
            if not args.allow_unpinned:
                die(msg + " (use --allow-unpinned and update PINNED)")
            sys.stderr.write("make-dictionary: warning: %s\n" % msg)
    provenance = {
        src: (PINNED[src]["package"] if hashes[src] == PINNED[src]["sha256"] else "UNPINNED input")
        for src in hashes
    }

    stats = collections.Counter()
    log = collections.defaultdict(list)

    def note(kind, text):
        stats[kind] += 1
        log[kind].append(text)

    def resolve_vr(tag, vr):
        if vr in PSEUDO_VR:
            if tag in pyd:
                return vr_set(pyd[tag][0])
            return PSEUDO_VR[vr]
        return vr

    def dt_fields(tag):
        e = dt.get(tag)
        if e is None or not PUBLIC_LABEL.match(e["version"]):
            return None
        kw = e["keyword"]
        retired = e["version"] == "DICOM/retired" or kw.startswith("RETIRED_")
        return {"vr": resolve_vr(tag, e["vr"]), "vm": e["vm"], "keyword": kw[len("RETIRED_"):] if kw.startswith("RETIRED_") else kw, "retired": retired}

    def pyd_fields(tag):
        e = pyd.get(tag)
        if e is None:
            return None
        return {"vr": vr_set(e[0]), "vm": e[1], "keyword": e[4], "retired": e[3] == "Retired"}

    # 1. dcmjs: public entries only.
    rows = {}
    excluded = set()  # DICONDE/DICOS tags, whichever source labels them so
    for tag, e in dt.items():
        if EXCLUDED_LABEL.search(e["version"]):
            excluded.add(tag)
    stats["dcmjs placeholder entries without fields (dropped)"] = dj_incomplete
    for e in dj_entries:
        label = e["version"]
        if EXCLUDED_LABEL.search(label):
            stats["dcmjs DICONDE/DICOS entries (dropped)"] += 1
            excluded.add(dcmtk_tag(e["tag"]))
            continue
        if not PUBLIC_LABEL.match(label):
            stats["dcmjs private/illegal/generic entries (dropped, label %s)" % label] += 1
            continue
        tag = dcmtk_tag(e["tag"])
        if tag is None:
            die("unexpected dcmjs tag %r" % e["tag"])
        if tag in excluded:
            note("dcmjs entries labelled DICOM but DICONDE/DICOS in DCMTK (dropped)", "%s %s" % (tag, e["name"]))
            continue
        name = e["name"]
        retired = label == "DICOM/retired"
        if name.startswith("RETIRED_") != retired:
            die("dcmjs retired flag/prefix mismatch at %s" % e["tag"])
        keyword = name[len("RETIRED_"):] if retired else name
        if keyword in ("", "undefined"):
            note("dcmjs entries without keyword (dropped)", "%s %s" % (tag, e["tag"]))
            continue
        if tag in rows:
            die("duplicate dcmjs tag %s" % tag)
        rows[tag] = {"vr": resolve_vr(tag, e["vr"]), "vm": e["vm"], "keyword": keyword, "retired": retired,
                     "from": "dcmjs"}
        if e["vr"] in PSEUDO_VR and rows[tag]["vr"] != PSEUDO_VR[e["vr"]]:
            note("pseudo VR resolved from pydicom instead of the default map",
                 "%s %s: %s -> %s (default %s)" % (tag, keyword, e["vr"], rows[tag]["vr"], PSEUDO_VR[e["vr"]]))

    # 2. Stale dcmjs fields: dcmjs's generator only ever *adds* tags to an old DCMTK-derived
    #    dictionary and never updates existing ones, so some entries keep pre-2017 VR/VM/keyword/
    #    retired data. Where pydicom (2022a) and DCMTK (2022b) agree with each other and both
    #    differ from dcmjs, the two 2022 editions win.
    for tag in sorted(rows, key=sort_key):
        r = rows[tag]
        p, d = pyd_fields(tag), dt_fields(tag)
        if p is None or d is None:
            continue
        for field in ("vr", "vm", "keyword", "retired"):
            if p[field] == d[field] != r[field]:
                note("stale dcmjs %s corrected from pydicom 2022a + DCMTK 2022b" % field,
                     "%s %s: %r -> %r" % (tag, r["keyword"], r[field], p[field]))
                r[field] = p[field]

    # 3. Public attributes dcmjs lacks (its generator skips PS3.6 tables 7-1 and 9-1 for new
    #    tags, and all repeater masks): take them from DCMTK, then pydicom.
    for tag in sorted(dt, key=sort_key):
        e = dt[tag]
        if tag in rows or not PUBLIC_LABEL.match(e["version"]):
            continue
        d = dt_fields(tag)
        if d["keyword"] in ("", "undefined"):
            continue
        d["from"] = "dcmtk"
        rows[tag] = d
        note("added from DCMTK (missing in dcmjs)", "%s %s" % (tag, d["keyword"]))
    for tag in sorted(pyd, key=sort_key):
        if tag in rows:
            continue
        if tag in excluded:
            continue
        p = pyd_fields(tag)
        if not p["keyword"]:
            note("pydicom entries without keyword (dropped)", "%s %s" % (tag, pyd[tag][2]))
            continue
        p["from"] = "pydicom"
        if "x" in tag:
            # DCMTK (hence dcmjs) cannot express element masks such as (0028,04x0) and lists a
            # single instance, e.g. (0028,0410), instead; PS3.6 lists only the mask.
            pat = re.compile("^" + tag.replace("x", "[0-9A-F]") + "$")
            for other in sorted(rows, key=sort_key):
                if "x" not in other and pat.match(other) and rows[other]["keyword"] == p["keyword"]:
                    note("single instances replaced by their PS3.6 mask", "%s -> %s %s" % (other, tag, p["keyword"]))
                    del rows[other]
        rows[tag] = p
        note("added from pydicom (missing in dcmjs and DCMTK)", "%s %s" % (tag, p["keyword"]))

    # 4. Group lengths: only (0000,0000) and (0002,0000) may remain.
    for tag in sorted(rows, key=sort_key):
        if tag.endswith("0000") and tag[:4] not in ("0000", "0002") and "x" not in tag:
            note("group length entries (dropped)", tag)
            del rows[tag]

    # 5. Names: pydicom's PS3.6 name when it has the tag under the same keyword, else derived.
    deriver = NameDeriver([(v[4], v[2]) for v in pyd.values() if v[4]])
    for tag in sorted(rows, key=sort_key):
        r = rows[tag]
        p = pyd.get(tag)
        if p is not None and p[4] == r["keyword"]:
            r["name"] = p[2]
            r["name_from"] = "pydicom"
        else:
            r["name"] = deriver.derive(r["keyword"])
            r["name_from"] = "derived"
            note("names derived from the keyword", "%s %s -> %s" % (tag, r["keyword"], r["name"]))

    # 6. Cross-check the remaining VR disagreements (reported, not changed).
    for tag in sorted(rows, key=sort_key):
        r = rows[tag]
        for src, f in (("pydicom", pyd_fields(tag)), ("DCMTK", dt_fields(tag))):
            if f is not None and f["vr"] != r["vr"]:
                note("remaining VR disagreements with %s (kept dcmjs)" % src,
                     "%s %s: %s vs %s %s" % (tag, r["keyword"], r["vr"], src, f["vr"]))
            if f is not None and f["vm"] != r["vm"]:
                note("remaining VM disagreements with %s (kept dcmjs)" % src,
                     "%s %s: %s vs %s %s" % (tag, r["keyword"], r["vm"], src, f["vm"]))

    # 7. Validate.
    seen_kw = {}
    for tag in sorted(rows, key=sort_key):
        r = rows[tag]
        if not TAG_RE.match(tag):
            die("bad tag %r" % tag)
        if not all(v in REAL_VRS for v in r["vr"].split("|")):
            die("bad VR %r at %s" % (r["vr"], tag))
        if not VM_RE.match(r["vm"]):
            die("bad VM %r at %s" % (r["vm"], tag))
        if not KEYWORD_RE.match(r["keyword"]):
            die("keyword %r at %s is not a C# identifier" % (r["keyword"], tag))
        for field in ("keyword", "name", "vm", "vr"):
            if re.search(r"[\t\r\n]", r[field]) or r[field] != r[field].strip() or not r[field]:
                die("bad %s %r at %s" % (field, r[field], tag))
        if r["keyword"] in seen_kw:
            die("duplicate keyword %s at %s and %s" % (r["keyword"], seen_kw[r["keyword"]], tag))
        seen_kw[r["keyword"]] = tag

    # 8. Write.
    tags = sorted(rows, key=sort_key)
    masks = [t for t in tags if "x" in t]
    retired = [t for t in tags if rows[t]["retired"]]
    cur_masks = [t for t in masks if not rows[t]["retired"]]
    n_named = sum(1 for t in tags if rows[t]["name_from"] == "pydicom")
    counts = (
        "%d entries: %d current + %d retired; of these %d repeating-group masks (%d current + %d retired); "
        "names: %d from pydicom, %d derived from the keyword"
        % (len(tags), len(tags) - len(retired), len(retired), len(masks), len(cur_masks),
           len(masks) - len(cur_masks), n_named, len(tags) - n_named)
    )
    header = [
        "# DicomTyped DICOM data dictionary: public DICOM PS3.6 data elements and PS3.7 command elements,",
        "# current and retired, with repeating-group masks and the item/delimitation tags.",
        "# GENERATED FILE -- do not edit. Rules, decisions and counts: spec/dictionary/README.md",
        "# Regenerate (from the repository root): " + REGEN_COMMAND,
        "# Sources:",
        "#   dcmjs %s generate/dictionary.mjs -- %s; sha256 %s" % (dj_version, provenance["dcmjs"], hashes["dcmjs"]),
        "#     primary source; built by dcmjs from the 'current' PS3.6/PS3.7 DocBook at its last refresh",
        "#     (edition not recorded in the package; newer than 2022b, e.g. has (0008,0400)-(0008,0429))",
        "#   pydicom %s pydicom/_dicom_dict.py -- %s; DICOM %s; sha256 %s"
        % (pyd_version, provenance["pydicom"], pyd_edition, hashes["pydicom"]),
        "#     human-readable names, repeater masks, cross-check",
        "#   DCMTK dicom.dic -- %s; %s; sha256 %s" % (provenance["dcmtk"], dt_edition, hashes["dcmtk"]),
        "#     cross-check, public elements missing from dcmjs",
        "# Counts: " + counts,
        "# Tag: ggggeeee, upper-case hex, lower-case x = any hex digit in repeating-group masks; sorted with x as 0.",
        "# VR: PS3.6 VR, alternatives joined with |, NONE for items/delimiters. Retired: RET or empty.",
        "#Tag\tVR\tVM\tKeyword\tName\tRetired",
    ]
    lines = header + [
        "\t".join((t, rows[t]["vr"], rows[t]["vm"], rows[t]["keyword"], rows[t]["name"], "RET" if rows[t]["retired"] else ""))
        for t in tags
    ]
    data = "\n".join(lines) + "\n"
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)

    sys.stderr.write("make-dictionary: wrote %s\n  %s\n" % (args.output, counts))
    for kind in sorted(stats):
        sys.stderr.write("  %-75s %5d\n" % (kind, stats[kind]))
        if args.verbose:
            for item in log[kind]:
                sys.stderr.write("      %s\n" % item)


if __name__ == "__main__":
    main()
