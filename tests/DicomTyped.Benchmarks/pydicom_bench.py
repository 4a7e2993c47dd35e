#!/usr/bin/python3
"""Times pydicom on the same samples as the DicomTyped benchmarks (run with Debian's /usr/bin/python3).

Prints the median of each measurement: header read (stop_before_pixels=True) of each walk-through file and a full
dcmread of all samples (pixel bytes read into memory, as pydicom's default defer_size=None does).
Usage: pydicom_bench.py [runs] [--json FILE]  (--json also writes the medians in seconds, for compare-pydicom.sh).
"""
import glob
import json
from io import BytesIO
import os
import statistics
import sys
import time

import pydicom

HERE = os.path.dirname(os.path.abspath(__file__))
DCMS = os.path.join(HERE, "..", "data", "dcms")
WALK = ["blue-circle.dcm", "green-square.dcm", "red-triangle.dcm"]


def median_seconds(action, runs):
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    args = sys.argv[1:]
    json_path = None
    if "--json" in args:
        i = args.index("--json")
        json_path = args[i + 1]
        del args[i:i + 2]
    runs = int(args[0]) if args else 200
    results = {}
    print(f"pydicom {pydicom.__version__}, {runs} runs, medians")
    for name in WALK:
        path = os.path.join(DCMS, name)
        t = median_seconds(lambda: pydicom.dcmread(path, stop_before_pixels=True).SOPInstanceUID, runs)
        results["header " + name] = t
        print(f"header  {name:20s} {t * 1e6:10.1f} us")
    files = [os.path.join(DCMS, n) for n in WALK] + sorted(glob.glob(os.path.join(DCMS, "extra", "*.dcm")))

    def read_all():
        for path in files:
            len(pydicom.dcmread(path))

    t = median_seconds(read_all, max(10, runs // 10))
    results["full"] = t
    print(f"full    all {len(files)} samples      {t * 1e3:10.2f} ms")

    contents = []
    for path in files:
        with open(path, "rb") as f:
            contents.append(f.read())

    def read_all_from_memory():
        for data in contents:
            len(pydicom.dcmread(BytesIO(data)))

    t = median_seconds(read_all_from_memory, max(10, runs // 10))
    results["full from memory"] = t
    print(f"full    from memory              {t * 1e3:10.2f} ms")
    if json_path:
        with open(json_path, "w") as out:
            json.dump({"pydicom": pydicom.__version__, "runs": runs, "files": len(files), "median_seconds": results}, out)


if __name__ == "__main__":
    main()
