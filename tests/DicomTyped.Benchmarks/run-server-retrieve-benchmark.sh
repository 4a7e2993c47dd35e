#!/usr/bin/env bash
# Retrieve of a 200 x 2.9 MB study from the embedded server (multipart/related, transfer-syntax=*) against a bare
# Kestrel endpoint sending the same stored files' bytes as one stream, and against Orthanc holding the same study
# (started by the benchmark on 127.0.0.1, killed by pid). Prints each case's median and the throughput ratios
# (target: server >= 0.8x the bare endpoint, and above Orthanc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${DICOMTYPED_BENCH_OUT:-$(mktemp -d -t dicomtyped-retrieve-bench-XXXXXX)}"
mkdir -p "$out"
echo "results in $out"
cd "$here"
dotnet run -c Release --project "$here/DicomTyped.Benchmarks.csproj" -- \
  --filter '*ServerRetrieveBenchmarks*' --artifacts "$out/bdn" --exporters csv | tee "$out/bdn.log"

python3 - "$out/bdn.log" <<'PY'
import re, statistics, sys
runs, current = {}, None
for line in open(sys.argv[1]):
    m = re.match(r"// Benchmark: ServerRetrieveBenchmarks\.(\w+):", line)
    if m:
        current = m.group(1)
        runs[current] = []
    m = re.match(r"WorkloadResult\s+\d+: 1 op, ([\d.]+) ns", line)
    if m and current:
        runs[current].append(float(m.group(1)) / 1e9)
medians = {name: statistics.median(values) for name, values in runs.items() if values}
for name, seconds in medians.items():
    print(f"{name:24s} median {seconds:7.3f} s  ({200 * 2.894 / seconds:7.1f} MB/s)")
bare, server, orthanc = (medians.get(k) for k in ("BareKestrelFileBytes", "DicomTypedServerStudy", "OrthancStudy"))
if bare and server:
    print(f"server throughput / bare Kestrel: {bare / server:.2f}x (target >= 0.8x)")
if orthanc and server:
    print(f"server throughput / Orthanc:      {orthanc / server:.2f}x (target > 1x)")
PY
