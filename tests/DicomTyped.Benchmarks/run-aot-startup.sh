#!/usr/bin/env bash
# Start-up time and size on disk of `dicomweb` published three ways: framework-dependent JIT (needs the shared
# runtime), self-contained JIT, and Native AOT (the NativeAot publish profile). For each it prints the size of the
# publish folder as linux-x64 runs it (no symbols, XML docs or other platforms' native libraries), the median wall time of `dicomweb --version`
# and the median time from spawning `dicomweb serve` (fresh data folder, free loopback port) to its first HTTP answer
# (GET /v2/studies), each over N runs, and the ratios against the framework-dependent build. The Native AOT build
# must first pass `dicomweb tutorial`.
# Usage: run-aot-startup.sh [runs] (default 20). Servers are started on 127.0.0.1 and stopped by pid.
# DICOMTYPED_BENCH_OUT=<folder> keeps the builds there; a build already in it is measured again, not republished.
set -euo pipefail
runs="${1:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${DICOMTYPED_BENCH_OUT:-$(mktemp -d -t dicomtyped-aot-bench-XXXXXX)}"
mkdir -p "$out"
echo "publishing into $out"
cli="$root/src/DicomTyped.Cli"
publish() { # name, then dotnet publish arguments
  local name="$1"; shift
  if [ -x "$out/$name/dicomweb" ]; then echo "  $name: reusing $out/$name"; return; fi
  local start=$SECONDS
  dotnet publish "$cli" -c Release -nologo -clp:ErrorsOnly -o "$out/$name" "$@" >"$out/$name.log" 2>&1 \
    || { cat "$out/$name.log"; exit 1; }
  echo "  $name published in $((SECONDS - start)) s"
}
publish jit-framework-dependent
publish jit-self-contained -r linux-x64 --self-contained
publish native-aot -p:PublishProfile=NativeAot
# The native build must do the real work, not only start: the walk-through runs the embedded server and the client.
(cd "$out" && ./native-aot/dicomweb tutorial >"$out/native-aot-tutorial.log" 2>&1) \
  || { tail -20 "$out/native-aot-tutorial.log"; echo "the Native AOT dicomweb failed the tutorial"; exit 1; }
echo "  native-aot: dicomweb tutorial passed ($(tail -1 "$out/native-aot-tutorial.log"))"

python3 - "$out" "$runs" <<'PY'
import os, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.error, urllib.request

out, runs = sys.argv[1], int(sys.argv[2])
variants = ["jit-framework-dependent", "jit-self-contained", "native-aot"]

def size(folder):
    # What linux-x64 runs: no symbols or XML docs, and not the other platforms' native libraries that the portable
    # framework-dependent build carries under runtimes/<rid>/ (SkiaSharp and SQLite for every OS: about 500 MB).
    total = 0
    for dirpath, _, files in os.walk(folder):
        parts = os.path.relpath(dirpath, folder).split(os.sep)
        if parts[0] == "runtimes" and len(parts) > 1 and parts[1] != "linux-x64":
            continue
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files if not f.endswith((".pdb", ".dbg", ".xml")))
    return total

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def version(exe):
    start = time.perf_counter()
    subprocess.run([exe, "--version"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start

def first_answer(exe):
    data = tempfile.mkdtemp(prefix="dicomweb-aot-bench-")
    port = free_port()
    url = f"http://127.0.0.1:{port}/v2/studies"
    start = time.perf_counter()
    proc = subprocess.Popen([exe, "serve", "--port", str(port), "--data", data], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"{exe} serve exited with {proc.returncode} before answering")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    response.read()
                break
            except urllib.error.HTTPError:
                break  # any HTTP status is an answer
            except OSError:
                time.sleep(0.002)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)

results = {}
for name in variants:
    exe = os.path.join(out, name, "dicomweb")
    version(exe)  # one warm-up each: the first run of a fresh file pays the page cache
    v = statistics.median(version(exe) for _ in range(runs))
    s = statistics.median(first_answer(exe) for _ in range(runs))
    results[name] = (size(os.path.join(out, name)), v, s)

base = results[variants[0]]
print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (2 cores); medians of {runs} runs")
print(f"{'build':26s} {'size on disk':>13s} {'--version':>10s} {'ratio':>6s} {'serve, first answer':>20s} {'ratio':>6s}")
for name in variants:
    b, v, s = results[name]
    print(f"{name:26s} {b / 1e6:10.1f} MB {v * 1000:7.0f} ms {base[1] / v:5.1f}x {s * 1000:17.0f} ms {base[2] / s:5.1f}x")
print("(framework-dependent size excludes the shared .NET runtime it needs; ratio = JIT framework-dependent time / this time)")
PY
