#!/usr/bin/env bash
# Client benchmarks against a real Orthanc the benchmarks start themselves (127.0.0.1 only, killed by pid):
#   1. retrieve of a 200 x 2.9 MB study: plain HttpClient -> Stream.Null (baseline) vs DicomWebClient, plus the
#      walk-through's own Python (walkthrough_retrieve.py) on the same study;
#   2. store of 100 files: plain HttpClient posting a pre-built body (baseline) vs DicomWebClient streaming from disk;
#   3. peak memory above idle of the 200-instance retrieve and of a ~1 GB instance (the client-memory probe).
# Prints the medians and the ratios against the targets (client >= 0.7x baseline throughput, >= 3x Python; memory < 64 MB).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${DICOMTYPED_BENCH_OUT:-$(mktemp -d -t dicomtyped-client-bench-XXXXXX)}"
mkdir -p "$out"
export DICOMTYPED_BENCH_OUT="$out"
export DICOMTYPED_PYTHON_RUNS="${DICOMTYPED_PYTHON_RUNS:-5}"
echo "results in $out"

cd "$here"
dotnet run -c Release --project "$here/DicomTyped.Benchmarks.csproj" -- \
  --filter '*ClientRetrieveBenchmarks*' '*ClientStoreBenchmarks*' --artifacts "$out/bdn" --exporters csv | tee "$out/bdn.log"

if [[ "${SKIP_MEMORY:-0}" != "1" ]]; then
  rm -f "$out/client-memory.txt"
  dotnet run -c Release --project "$here/DicomTyped.Benchmarks.csproj" -- client-memory > "$out/memory.log" 2>&1 \
    || { echo "memory probe over budget or failed, see $out/memory.log"; }
fi

python3 - "$out" <<'PY'
import csv, glob, os, re, sys
out = sys.argv[1]
def seconds(text):
    value, unit = text.replace(",", "").split()
    return float(value) * {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}[unit]
medians = {}
for path in glob.glob(os.path.join(out, "bdn", "results", "*-report.csv")):
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            medians[row["Method"]] = seconds(row.get("Median") or row["Mean"])
for name, s in sorted(medians.items()):
    print(f"{name:40s} median {s:8.3f} s")
def ratio(client, baseline, label, target):
    if client in medians and baseline in medians:
        r = medians[baseline] / medians[client]
        print(f"{label:60s} {r:5.2f}x (target >= {target}x) {'OK' if r >= target else 'BELOW TARGET'}")
ratio("DicomWebClientReadsEveryDicomFile", "PlainHttpClientToStreamNull", "retrieve: client reading DicomFiles vs plain copy", 0.7)
ratio("DicomWebClientCopiesEveryPart", "PlainHttpClientToStreamNull", "retrieve: client copying parts vs plain copy", 0.7)
ratio("DicomWebClientStreamsFilesFromDisk", "PlainHttpClientPostsPrebuiltBody", "store: client streaming files vs plain pre-built body", 0.7)
python = os.path.join(out, "client-python-retrieve.txt")
if os.path.exists(python):
    m = re.search(r"median_seconds=([0-9.]+)", open(python).read())
    if m and "DicomWebClientReadsEveryDicomFile" in medians:
        p = float(m.group(1))
        r = p / medians["DicomWebClientReadsEveryDicomFile"]
        print(f"{'walk-through Python retrieve median':40s} median {p:8.3f} s")
        print(f"{'retrieve: client vs the walk-through Python':60s} {r:5.2f}x (target >= 3x) {'OK' if r >= 3 else 'BELOW TARGET'}")
memory = os.path.join(out, "client-memory.txt")
if os.path.exists(memory):
    print("peak memory above idle (budget 64 MB):")
    for line in open(memory):
        print("  " + line.rstrip())
PY
