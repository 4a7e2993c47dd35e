#!/usr/bin/env bash
# dicomweb serve vs Orthanc 1.10 side by side on 127.0.0.1 (both started here, both killed by pid at the end).
# Prints a Markdown table of medians and ratios on stdout, progress on stderr. Options pass through, e.g.
#   tests/DicomTyped.Server.PeerBenchmarks/run-server-vs-orthanc.sh --runs 3 --small 1000 --large 200 --index 100000 --iterations 200
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/DicomTyped.Cli -c Release -nologo -clp:ErrorsOnly >&2
dotnet run -c Release --project tests/DicomTyped.Server.PeerBenchmarks -- "$@"
