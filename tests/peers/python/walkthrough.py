#!/usr/bin/python3
"""The Azure "Use DICOMweb Standard APIs with Python" walk-through, as its readers run it.

Every request is built the way the walk-through's code builds it (MicrosoftDocs/azure-docs,
articles/healthcare-apis/dicom/dicomweb-standard-apis-python.md): a requests session; the helper
encode_multipart_related over urllib3's encode_multipart_formdata, so parts carry form-data
Content-Disposition headers and the request says 'multipart/related; boundary=...' without a type;
the two-file store posted to /studies; the single-part store; retrieves read with requests_toolbelt's
MultipartDecoder and pydicom.dcmread; searches with params; deletes. Unlike the walk-through it
never turns TLS verification off (the server here is plain HTTP on loopback anyway).

Usage: /usr/bin/python3 walkthrough.py BASE_URL DCM_DIR [TOKEN]
Prints one line per step; exits 1 at the first step whose answer differs from what the walk-through
expects, naming the step, the status and the body's start.
"""
import sys
from io import BytesIO
from pathlib import Path

import pydicom
import requests
import requests_toolbelt as tb
from urllib3.filepost import encode_multipart_formdata, choose_boundary

base_url = sys.argv[1].rstrip('/')
path_to_dicoms_dir = sys.argv[2]
bearer_token = f'Bearer {sys.argv[3]}' if len(sys.argv) > 3 else None

study_uid = "1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420"  # all 3 examples
series_uid = "1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652"  # green-square and red-triangle
instance_uid = "1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395"  # red-triangle
green_uid = "1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212"
blue_uid = "1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114"


def encode_multipart_related(fields, boundary=None):
    # The walk-through's helper, unchanged.
    if boundary is None:
        boundary = choose_boundary()

    body, _ = encode_multipart_formdata(fields, boundary)
    content_type = str('multipart/related; boundary=%s' % boundary)

    return body, content_type


def with_auth(headers):
    if bearer_token:
        headers["Authorization"] = bearer_token
    return headers


def read_file(name):
    with open(Path(path_to_dicoms_dir).joinpath(name), 'rb') as reader:
        return reader.read()


def fail(step, response, why):
    print(f"FAIL {step}: {why} (status {response.status_code}, body {response.content[:300]!r})")
    sys.exit(1)


def expect(step, response, status):
    if response.status_code != status:
        fail(step, response, f"expected {status}")


def parts(response):
    mpd = tb.MultipartDecoder.from_response(response)
    return [pydicom.dcmread(BytesIO(part.content)) for part in mpd.parts]


def check(step, response, condition, why):
    if not condition:
        fail(step, response, why)
    print(f"ok   {step}: {response.status_code}")


client = requests.session()

# Verify authentication: the change feed answers 200.
step = "changefeed"
response = client.get(f'{base_url}/changefeed', headers=with_auth({}))
expect(step, response, 200)
check(step, response, isinstance(response.json(), list), "not a JSON array")

# Store blue-circle with multipart/related.
step = "store blue-circle"
files = {'file': ('dicomfile', read_file('blue-circle.dcm'), 'application/dicom')}
body, content_type = encode_multipart_related(fields=files)
headers = with_auth({'Accept': 'application/dicom+json', "Content-Type": content_type})
response = client.post(f'{base_url}/studies', body, headers=headers)
expect(step, response, 200)
stored = [item["00081155"]["Value"][0] for item in response.json()["00081199"]["Value"]]
check(step, response, stored == [blue_uid], f"ReferencedSOPSequence holds {stored}")

# Store red-triangle and green-square in one request (the walk-through posts them to /studies).
step = "store red-triangle and green-square"
files = {'file_red': ('dicomfile', read_file('red-triangle.dcm'), 'application/dicom'),
         'file_green': ('dicomfile', read_file('green-square.dcm'), 'application/dicom')}
body, content_type = encode_multipart_related(fields=files)
headers = with_auth({'Accept': 'application/dicom+json', "Content-Type": content_type})
response = client.post(f'{base_url}/studies', body, headers=headers)
expect(step, response, 200)
stored = sorted(item["00081155"]["Value"][0] for item in response.json()["00081199"]["Value"])
check(step, response, stored == sorted([instance_uid, green_uid]), f"ReferencedSOPSequence holds {stored}")

# Store blue-circle again as a single application/dicom body: 409, already stored.
step = "store single instance (non-standard), again"
headers = with_auth({'Accept': 'application/dicom+json', 'Content-Type': 'application/dicom'})
response = client.post(f'{base_url}/studies', read_file('blue-circle.dcm'), headers=headers)
expect(step, response, 409)
reasons = [item["00081197"]["Value"][0] for item in response.json()["00081198"]["Value"]]
check(step, response, reasons == [45070], f"FailureReason {reasons}")

# Retrieve the study: three instances, read with MultipartDecoder and pydicom.
step = "retrieve study"
headers = with_auth({'Accept': 'multipart/related; type="application/dicom"; transfer-syntax=*'})
response = client.get(f'{base_url}/studies/{study_uid}', headers=headers)
expect(step, response, 200)
mpd = tb.MultipartDecoder.from_response(response)
uids = []
for part in mpd.parts:
    print(f"     {part.headers[b'content-type'].decode()}")
    dcm = pydicom.dcmread(BytesIO(part.content))
    print(f"     {dcm.PatientName} {dcm.SOPInstanceUID}")
    uids.append(str(dcm.SOPInstanceUID))
check(step, response, sorted(uids) == sorted([blue_uid, green_uid, instance_uid]), f"instances {uids}")

step = "retrieve study metadata"
response = client.get(f'{base_url}/studies/{study_uid}/metadata', headers=with_auth({'Accept': 'application/dicom+json'}))
expect(step, response, 200)
check(step, response, len(response.json()) == 3, f"{len(response.json())} datasets")

step = "retrieve series"
headers = with_auth({'Accept': 'multipart/related; type="application/dicom"; transfer-syntax=*'})
response = client.get(f'{base_url}/studies/{study_uid}/series/{series_uid}', headers=headers)
expect(step, response, 200)
uids = sorted(str(d.SOPInstanceUID) for d in parts(response))
check(step, response, uids == sorted([green_uid, instance_uid]), f"instances {uids}")

step = "retrieve series metadata"
response = client.get(f'{base_url}/studies/{study_uid}/series/{series_uid}/metadata', headers=with_auth({'Accept': 'application/dicom+json'}))
expect(step, response, 200)
check(step, response, len(response.json()) == 2, f"{len(response.json())} datasets")

step = "retrieve instance"
response = client.get(f'{base_url}/studies/{study_uid}/series/{series_uid}/instances/{instance_uid}',
                      headers=with_auth({'Accept': 'application/dicom; transfer-syntax=*'}))
expect(step, response, 200)
dcm = pydicom.dcmread(BytesIO(response.content))
check(step, response, str(dcm.SOPInstanceUID) == instance_uid, f"SOPInstanceUID {dcm.SOPInstanceUID}")

step = "retrieve instance metadata"
response = client.get(f'{base_url}/studies/{study_uid}/series/{series_uid}/instances/{instance_uid}/metadata',
                      headers=with_auth({'Accept': 'application/dicom+json'}))
expect(step, response, 200)
check(step, response, [d["00080018"]["Value"][0] for d in response.json()] == [instance_uid], "not red-triangle's metadata")

step = "retrieve frame 1"
response = client.get(f'{base_url}/studies/{study_uid}/series/{series_uid}/instances/{instance_uid}/frames/1',
                      headers=with_auth({'Accept': 'multipart/related; type="application/octet-stream"; transfer-syntax=*'}))
expect(step, response, 200)
frames = tb.MultipartDecoder.from_response(response).parts
original = pydicom.dcmread(Path(path_to_dicoms_dir).joinpath('red-triangle.dcm'))
frame_length = original.Rows * original.Columns * original.SamplesPerPixel * original.BitsAllocated // 8
check(step, response, len(frames) == 1 and frames[0].content == original.PixelData[:frame_length],
      f"{len(frames)} parts, {len(frames[0].content) if frames else 0} bytes; expected red-triangle's {frame_length} pixel bytes")

searches = [
    ("search studies", "studies", {'StudyInstanceUID': study_uid}, "0020000D", study_uid),
    ("search series", "series", {'SeriesInstanceUID': series_uid}, "0020000E", series_uid),
    ("search series in study", f"studies/{study_uid}/series", {'SeriesInstanceUID': series_uid}, "0020000E", series_uid),
    ("search instances", "instances", {'SOPInstanceUID': instance_uid}, "00080018", instance_uid),
    ("search instances in study", f"studies/{study_uid}/instances", {'SOPInstanceUID': instance_uid}, "00080018", instance_uid),
    ("search instances in series", f"studies/{study_uid}/series/{series_uid}/instances", {'SOPInstanceUID': instance_uid}, "00080018", instance_uid),
]
for step, route, params, tag, uid in searches:
    response = client.get(f'{base_url}/{route}', headers=with_auth({'Accept': 'application/dicom+json'}), params=params)
    expect(step, response, 200)
    matches = response.json()
    check(step, response, [m[tag]["Value"][0] for m in matches] == [uid], f"{len(matches)} matches")

step = "delete instance"
response = client.delete(f'{base_url}/studies/{study_uid}/series/{series_uid}/instances/{instance_uid}', headers=with_auth({}))
expect(step, response, 204)
check(step, response, response.content == b'', "body not empty")

step = "delete series"
response = client.delete(f'{base_url}/studies/{study_uid}/series/{series_uid}', headers=with_auth({}))
expect(step, response, 204)
check(step, response, response.content == b'', "body not empty")

step = "delete study"
response = client.delete(f'{base_url}/studies/{study_uid}', headers=with_auth({}))
expect(step, response, 204)
check(step, response, response.content == b'', "body not empty")

step = "delete study again"
response = client.delete(f'{base_url}/studies/{study_uid}', headers=with_auth({}))
expect(step, response, 404)
check(step, response, True, "")

step = "retrieve deleted study"
response = client.get(f'{base_url}/studies/{study_uid}/metadata', headers=with_auth({'Accept': 'application/dicom+json'}))
expect(step, response, 404)
check(step, response, True, "")

print("walk-through passed")
