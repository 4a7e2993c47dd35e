#!/usr/bin/python3
"""The Azure walk-through's own retrieve, timed: requests + requests_toolbelt's MultipartDecoder + pydicom.

Run with Debian's python3 (python3-requests, python3-requests-toolbelt, python3-pydicom):
    /usr/bin/python3 walkthrough_retrieve.py BASE_URL STUDY_UID [--runs N]
Prints one line per run and a final line 'median_seconds=... bytes=... instances=...'.
This is the side-by-side peer for the DicomTyped retrieve benchmark; it does what the walk-through does:
GET the study as multipart/related, decode every part, and read each part with pydicom.dcmread.
"""
import argparse
import statistics
import sys
import time
from io import BytesIO

import pydicom
import requests
from requests_toolbelt.multipart.decoder import MultipartDecoder


def retrieve_once(session, url):
    headers = {"Accept": 'multipart/related; type="application/dicom"; transfer-syntax=*'}
    response = session.get(url, headers=headers)
    response.raise_for_status()
    decoder = MultipartDecoder.from_response(response)
    total = 0
    count = 0
    for part in decoder.parts:
        dataset = pydicom.dcmread(BytesIO(part.content), force=True)
        _ = dataset.SOPInstanceUID
        total += len(part.content)
        count += 1
    return total, count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("study_uid")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    url = args.base_url.rstrip("/") + "/studies/" + args.study_uid
    session = requests.Session()
    times = []
    total = count = 0
    for run in range(args.runs):
        start = time.perf_counter()
        total, count = retrieve_once(session, url)
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        print(f"run {run + 1}: {elapsed:.3f} s, {total / elapsed / 1e6:.1f} MB/s", flush=True)
    print(f"median_seconds={statistics.median(times):.4f} bytes={total} instances={count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
