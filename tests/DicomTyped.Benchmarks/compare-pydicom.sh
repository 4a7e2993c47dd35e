#!/bin/sh
# Side-by-side medians of DicomTyped (BenchmarkDotNet, Release) and pydicom (Debian's /usr/bin/python3) on the same
# files doing the same work: header read stopping before pixel data, and full read of all samples with pixel bytes
# loaded into memory. Both open and read the files from disk (the page cache) on every iteration.
# Usage: tests/DicomTyped.Benchmarks/compare-pydicom.sh [pydicom-runs]   (from anywhere; about 3-4 minutes)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-300}
out=$(mktemp -d "${TMPDIR:-/tmp}/dicomtyped-compare.XXXXXX")

cd "$root"
# 15 measured iterations rather than --job short's 3, so that the medians mean something on a busy machine.
dotnet run -c Release --project tests/DicomTyped.Benchmarks -- \
    --filter '*HeaderReadBenchmarks.ReadHeader' '*FullReadBenchmarks*' \
    --launchCount 1 --warmupCount 3 --iterationCount 15 \
    --exporters json --artifacts "$out/bdn" > "$out/bdn.log" 2>&1 || { tail -40 "$out/bdn.log"; exit 1; }
/usr/bin/python3 "$here/pydicom_bench.py" "$runs" --json "$out/pydicom.json" > "$out/pydicom.log"

/usr/bin/python3 - "$out" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
ours = {}
for path in glob.glob(os.path.join(out, "bdn", "results", "*-report-full-compressed.json")):
    for b in json.load(open(path))["Benchmarks"]:
        name = b["Method"] + (" " + b["Parameters"].split("=", 1)[1] if b["Parameters"] else "")
        ours[name] = (b["Statistics"]["Median"] / 1e9, b["Memory"]["BytesAllocatedPerOperation"])
py = json.load(open(os.path.join(out, "pydicom.json")))
rows = [("header " + f, "ReadHeader " + f) for f in ("blue-circle.dcm", "green-square.dcm", "red-triangle.dcm")]
rows += [("full", "ReadAllSamples"), ("full from memory", "ReadAllSamplesFromMemory")]
print(f"pydicom {py['pydicom']} ({py['runs']} runs) vs DicomTyped (BenchmarkDotNet); medians")
print(f"{'measurement':32s} {'pydicom':>12s} {'DicomTyped':>12s} {'ratio':>8s} {'allocated':>12s}")
def fmt(s):
    return f"{s * 1e3:9.2f} ms" if s >= 1e-3 else f"{s * 1e6:9.1f} us"
for py_key, our_key in rows:
    p = py["median_seconds"][py_key]
    o, alloc = ours[our_key]
    label = {"full": f"full, all {py['files']} samples", "full from memory": "full, same bytes from memory"}.get(py_key, py_key)
    print(f"{label:32s} {fmt(p):>12s} {fmt(o):>12s} {p / o:7.1f}x {alloc / 1024:9.1f} KB")
print(f"(raw results in {out})")
PY
