// The npm dicomweb-client 0.11.3 (with xhr2 for XMLHttpRequest in Node) against a DICOMweb server:
// stores the walk-through's three files, searches, retrieves instances, metadata and frames, and checks
// each answer. Usage: node peer.js BASE_URL DCM_DIR. Prints one line per check; exits 1 at the first
// that differs, naming it.
'use strict';
global.XMLHttpRequest = require('xhr2');
const fs = require('fs');
const path = require('path');
const { api } = require('dicomweb-client');

const [baseUrl, dcmDir] = process.argv.slice(2);
const study = '1.2.826.0.1.3680043.8.498.13230779778012324449356534479549187420';
const series = '1.2.826.0.1.3680043.8.498.45787841905473114233124723359129632652';
const red = '1.2.826.0.1.3680043.8.498.47359123102728459884412887463296905395';
const green = '1.2.826.0.1.3680043.8.498.12714725698140337137334606354172323212';
const blue = '1.2.826.0.1.3680043.8.498.13273713909719068980354078852867170114';

const client = new api.DICOMwebClient({ url: baseUrl.replace(/\/$/, '') });

function file(name) {
  const bytes = fs.readFileSync(path.join(dcmDir, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

// The native pixel bytes of a Part 10 file in Explicit VR Little Endian: the value of (7FE0,0010).
function pixelData(buffer) {
  const bytes = Buffer.from(buffer);
  const at = bytes.lastIndexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00]));
  const length = bytes.readUInt32LE(at + 8);
  return bytes.subarray(at + 12, at + 12 + length);
}

function isPart10(buffer) {
  return Buffer.from(buffer).toString('latin1', 128, 132) === 'DICM';
}

function uidOf(dataset, tag) {
  return dataset[tag] && dataset[tag].Value ? dataset[tag].Value[0] : undefined;
}

function check(what, condition, detail) {
  if (!condition) {
    console.log(`FAIL ${what}: ${detail}`);
    process.exit(1);
  }
  console.log(`ok   ${what}`);
}

const sorted = (values) => [...values].sort().join(',');

async function main() {
  await client.storeInstances({ datasets: [file('blue-circle.dcm')] });
  check('store blue-circle', true);
  await client.storeInstances({ datasets: [file('red-triangle.dcm'), file('green-square.dcm')], studyInstanceUID: study });
  check('store red-triangle and green-square into the study', true);

  const studies = await client.searchForStudies({ queryParams: { StudyInstanceUID: study } });
  check('search studies by StudyInstanceUID', studies.length === 1 && uidOf(studies[0], '0020000D') === study, JSON.stringify(studies).slice(0, 200));
  const seriesMatches = await client.searchForSeries({ studyInstanceUID: study });
  check('search the study\'s series', seriesMatches.length === 2, `${seriesMatches.length} series`);
  const instances = await client.searchForInstances({ studyInstanceUID: study, seriesInstanceUID: series });
  check('search the series\' instances', sorted(instances.map((i) => uidOf(i, '00080018'))) === sorted([red, green]), JSON.stringify(instances).slice(0, 200));
  const byName = await client.searchForStudies({ queryParams: { PatientName: 'Anony', fuzzymatching: 'true' } });
  check('search studies by PatientName (fuzzy)', byName.length === 1, `${byName.length} studies`);

  const studyMetadata = await client.retrieveStudyMetadata({ studyInstanceUID: study });
  check('study metadata', sorted(studyMetadata.map((d) => uidOf(d, '00080018'))) === sorted([red, green, blue]), `${studyMetadata.length} datasets`);
  const seriesMetadata = await client.retrieveSeriesMetadata({ studyInstanceUID: study, seriesInstanceUID: series });
  check('series metadata', seriesMetadata.length === 2, `${seriesMetadata.length} datasets`);
  const instanceMetadata = await client.retrieveInstanceMetadata({ studyInstanceUID: study, seriesInstanceUID: series, sopInstanceUID: red });
  check('instance metadata', instanceMetadata.length === 1 && uidOf(instanceMetadata[0], '00080018') === red, JSON.stringify(instanceMetadata).slice(0, 200));

  const instance = await client.retrieveInstance({ studyInstanceUID: study, seriesInstanceUID: series, sopInstanceUID: red });
  const original = file('red-triangle.dcm');
  check('retrieve instance', isPart10(instance) && pixelData(instance).equals(pixelData(original)), `${instance.byteLength} bytes`);
  const studyInstances = await client.retrieveStudy({ studyInstanceUID: study });
  check('retrieve study', studyInstances.length === 3 && studyInstances.every(isPart10), `${studyInstances.length} parts`);

  const frames = await client.retrieveInstanceFrames({ studyInstanceUID: study, seriesInstanceUID: series, sopInstanceUID: red, frameNumbers: [1] });
  const expected = pixelData(original).subarray(0, 979 * 985 * 3);
  check('retrieve frame 1', frames.length === 1 && Buffer.from(frames[0]).equals(expected), `${frames.length} parts, ${frames[0] && frames[0].byteLength} bytes`);
  console.log('dicomweb-client peer passed');
}

main().catch((error) => {
  const status = error && error.status !== undefined ? ` (HTTP ${error.status})` : '';
  console.log(`FAIL ${error && error.message ? error.message : error}${status}`);
  process.exit(1);
});
