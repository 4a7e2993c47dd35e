#!/usr/bin/python3
"""Times pydicom's DICOM JSON of the benchmark's 1,000-element data set (run with Debian's /usr/bin/python3).

DicomJsonWriteBenchmarks (C#) saves the data set as a Part 10 file in its setup; this script reads that file
and times Dataset.to_json_dict() + json.dumps(), the pydicom equivalent of DicomJsonWriter.Write.
Usage: pydicom_json_bench.py [path] [runs]
"""
import json
import os
import statistics
import sys
import tempfile
import time

import pydicom

DEFAULT = os.path.join(tempfile.gettempdir(), "dicomtyped-json-bench-1000.dcm")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: run the C# benchmark first (--filter *DicomJsonWrite*), which saves it")
    ds = pydicom.dcmread(path)
    action = lambda: json.dumps(ds.to_json_dict())
    size = len(action())  # warm-up: pydicom converts raw values on first access
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    print(f"pydicom {pydicom.__version__}: {len(ds)} elements, {size} characters of JSON")
    print(f"to_json_dict + json.dumps median {statistics.median(times) * 1e6:.1f} us over {runs} runs")


if __name__ == "__main__":
    main()
