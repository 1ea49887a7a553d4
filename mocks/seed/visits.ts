// Visitor log seed. The demo seed names its visitors, so tests and demos can find them: a few on site now at
// each site (one since yesterday, flagged after closing), past visits over the last three months (Harriet
// Quill's, 88 days ago, is the one to look up), older ones already anonymised, and visitors expected today for
// the demo accounts. The large seed adds 100,000 visits over two years for the list benchmarks.
import type { components } from '@/shared/api/schema';
import { DEFAULT_RETENTION_DAYS } from '@/features/visits/schemas';
import { defineSeed, type SeedContext } from '../store/db';
import { SITES } from './base';
import {
  ANONYMISED,
  RETENTION_ID,
  expectedVisits,
  indexed,
  retentionCutoff,
  siteDate,
  visitRetention,
  visits,
  type VisitRecord,
} from '../store/visits';

type Person = components['schemas']['Person'];

const MINUTE = 60_000;
const DAY = 86_400_000;

const FIRST = [
  'Aidan',
  'Beatriz',
  'Callum',
  'Delphine',
  'Eitan',
  'Fatima',
  'Gustav',
  'Hana',
  'Idris',
  'Juliette',
  'Kenji',
  'Leila',
  'Marek',
  'Noor',
  'Oskar',
  'Paloma',
  'Rafael',
  'Saoirse',
  'Tomasz',
  'Valentina',
  'Wiktor',
  'Yara',
];
const LAST = [
  'Ahmed',
  'Brennan',
  'Costa',
  'Durand',
  'Eriksen',
  'Ferreira',
  'Gallagher',
  'Haddad',
  'Ito',
  'Jensen',
  'Kaplan',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Pereira',
  'Rossi',
  'Sato',
  'Thibault',
  'Varga',
  'Weber',
  'Yilmaz',
];
const COMPANIES = [
  'Acme Appliances',
  'Brightline Logistics',
  'Cobalt Consulting',
  'Delta Facilities',
  'Evergreen Cleaning',
  'Fjord Analytics',
  'Granite Audit LLP',
  'Helix Software',
  'Ironbridge Security',
  'Juniper Catering',
  'Kestrel Couriers',
  'Lumen Electrical',
];
const PURPOSES = [
  'Meeting',
  'Interview',
  'Maintenance',
  'Delivery',
  'Audit',
  'Training',
  'Sales visit',
  'Site inspection',
];

interface DemoVisit {
  name: string;
  company: string;
  siteId: string;
  badge: string;
  hostId: string;
  purpose: string;
  /** Minutes ago they arrived. */
  inMinutesAgo: number;
  /** Minutes they stayed; on site now when absent. */
  stayedMinutes?: number;
  contact?: string;
}

// Everyone on site now, per site; hosts are demo accounts or the first directory people.
const ON_SITE: DemoVisit[] = [
  {
    name: 'Aisha Chen',
    company: 'Helix Software',
    siteId: 'site-tor',
    badge: '101',
    hostId: 'p-staff',
    purpose: 'Product demo',
    inMinutesAgo: 95,
    contact: 'aisha.chen@helix.example',
  },
  {
    name: 'Ben Okafor',
    company: 'Granite Audit LLP',
    siteId: 'site-tor',
    badge: '102',
    hostId: 'p-officer',
    purpose: 'Audit',
    inMinutesAgo: 64,
    contact: '+1 416 555 0134',
  },
  {
    name: 'Chloé Dubois',
    company: 'Delta Facilities',
    siteId: 'site-tor',
    badge: '103',
    hostId: 'p-manager',
    purpose: 'Maintenance',
    inMinutesAgo: 30,
  },
  {
    name: 'Diego Rossi',
    company: 'Kestrel Couriers',
    siteId: 'site-mtl',
    badge: '201',
    hostId: 'p-0001',
    purpose: 'Delivery',
    inMinutesAgo: 40,
  },
  {
    name: 'Elena Varga',
    company: 'Fjord Analytics',
    siteId: 'site-mtl',
    badge: '202',
    hostId: 'p-0002',
    purpose: 'Meeting',
    inMinutesAgo: 120,
    contact: 'elena@fjord.example',
  },
  // Never checked out yesterday: flagged after closing whatever the time now.
  {
    name: 'Farid Haddad',
    company: 'Lumen Electrical',
    siteId: 'site-mtl',
    badge: '203',
    hostId: 'p-0003',
    purpose: 'Maintenance',
    inMinutesAgo: 26 * 60,
  },
  {
    name: 'Grace Novak',
    company: 'Cobalt Consulting',
    siteId: 'site-van',
    badge: '301',
    hostId: 'p-0004',
    purpose: 'Workshop',
    inMinutesAgo: 75,
  },
  {
    name: 'Hiro Sato',
    company: 'Acme Appliances',
    siteId: 'site-van',
    badge: '302',
    hostId: 'p-0005',
    purpose: 'Interview',
    inMinutesAgo: 20,
    contact: '+1 604 555 0199',
  },
  {
    name: 'Ines Moreau',
    company: 'Juniper Catering',
    siteId: 'site-dub',
    badge: '401',
    hostId: 'p-0006',
    purpose: 'Catering',
    inMinutesAgo: 180,
  },
  {
    name: 'Jonas Eriksen',
    company: 'Ironbridge Security',
    siteId: 'site-dub',
    badge: '402',
    hostId: 'p-0007',
    purpose: 'Site inspection',
    inMinutesAgo: 55,
    contact: 'jonas@ironbridge.example',
  },
];

// Named past visits; Harriet Quill's, about three months ago, is the one the journeys look up.
const PAST: DemoVisit[] = [
  {
    name: 'Harriet Quill',
    company: 'Quill & Partners',
    siteId: 'site-tor',
    badge: '117',
    hostId: 'p-officer',
    purpose: 'Contract review',
    inMinutesAgo: 88 * 24 * 60 + 300,
    stayedMinutes: 150,
    contact: 'harriet@quill.example',
  },
  {
    name: 'Kofi Mensah',
    company: 'Brightline Logistics',
    siteId: 'site-tor',
    badge: '104',
    hostId: 'p-staff',
    purpose: 'Meeting',
    inMinutesAgo: 24 * 60 + 200,
    stayedMinutes: 90,
  },
  {
    name: 'Lena Fischer',
    company: 'Evergreen Cleaning',
    siteId: 'site-tor',
    badge: '105',
    hostId: 'p-manager',
    purpose: 'Cleaning contract',
    inMinutesAgo: 3 * 24 * 60,
    stayedMinutes: 60,
  },
];

const MINUTES_OF_DAY = Array.from(
  { length: 1440 },
  (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00.000Z`,
);
let cachedDay = NaN;
let cachedDayPrefix = '';

/**
 * The ISO time of the minute (visits are logged to the minute), made of two shared strings: Date#toISOString
 * for the large seed's 200,000 timestamps cost more than the rest of the seed together.
 */
export function isoMinute(ms: number) {
  const minute = Math.floor(ms / MINUTE);
  const day = Math.floor(minute / 1440);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayPrefix = new Date(day * DAY).toISOString().slice(0, 11);
  }
  return cachedDayPrefix + MINUTES_OF_DAY[minute - day * 1440];
}

function hostName(people: Map<string, Person>, id: string) {
  return people.get(id)?.name ?? 'Unknown host';
}

function record(
  id: string,
  visit: DemoVisit,
  people: Map<string, Person>,
  now: number,
  cutoff: string,
): VisitRecord {
  const checkedInAt = new Date(now - visit.inMinutesAgo * MINUTE).toISOString();
  const checkedOutAt =
    visit.stayedMinutes === undefined
      ? null
      : new Date(now - (visit.inMinutesAgo - visit.stayedMinutes) * MINUTE).toISOString();
  const anonymised = checkedOutAt !== null && checkedOutAt < cutoff;
  return indexed({
    id,
    version: 1,
    name: anonymised ? ANONYMISED : visit.name,
    company: anonymised ? '—' : visit.company,
    hostId: visit.hostId,
    hostName: hostName(people, visit.hostId),
    purpose: anonymised ? '—' : visit.purpose,
    siteId: visit.siteId,
    badge: visit.badge,
    contact: anonymised ? null : (visit.contact ?? null),
    privacyNoticeShown: true,
    expectedVisitId: null,
    checkedInAt,
    checkedOutAt,
    anonymised,
  });
}

function* seedVisits({ random, size, now, people }: SeedContext) {
  const nowMs = now.getTime();
  const cutoff = retentionCutoff(DEFAULT_RETENTION_DAYS, now);
  const directory = new Map(people.map((person) => [person.id, person]));
  const records: VisitRecord[] = [];
  ON_SITE.forEach((visit, index) =>
    records.push(record(`visit-onsite-${index + 1}`, visit, directory, nowMs, cutoff)),
  );
  PAST.forEach((visit, index) =>
    records.push(record(`visit-past-${index + 1}`, visit, directory, nowMs, cutoff)),
  );
  // Each record's check-in time as a number, for the default order below.
  const checkedInMs = records.map((visit) => Date.parse(visit.checkedInAt));

  // Filler history: a few dozen in the demo (up to four months back, so some are anonymised), 100,000 over
  // two years in the large seed. Generated newest first, one per time slot, so the records come out in the
  // history's default order and sit together in memory in that order: a filtered page scans every record,
  // and scattered records scan several times slower. (The browser rebuilds the large seed on every load, so
  // this loop stays lean: no sort, no intermediate objects.) Past visits end hours ago, so none of them holds
  // a badge on site.
  const count = size === 'large' ? 100_000 - records.length : 48;
  const step = ((size === 'large' ? 730 : 120) * DAY) / count;
  const newest = nowMs - 6 * 60 * MINUTE;
  const hosts = people.slice(0, size === 'large' ? 400 : 40);
  // Everything a record is made of is built once and shared (names, e-mails, badges; the lower-cased search
  // fields in indexed()): the browser seeds 100,000 visits on every load, and allocating is most of the cost.
  const names = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
  const emails = names.map((name) => `${name.replace(' ', '.')}@visitor.example`.toLowerCase());
  const badges = Array.from({ length: 900 }, (_, n) => String(n + 100));
  const cutoffMs = Date.parse(cutoff);
  for (let index = 0; index < count; index++) {
    // A slice of 5,000 at a time in the browser's background seed (see warmUp).
    if (index % 5000 === 4999) yield;
    const inMs = newest - (index + random.next()) * step;
    const checkedOutMs = inMs + random.int(20, 300) * MINUTE;
    // Compared as numbers, to the minute as logged: comparing the strings would copy each one flat.
    const anonymised = Math.floor(checkedOutMs / MINUTE) * MINUTE < cutoffMs;
    const host = hosts[Math.floor(random.next() * hosts.length)]!;
    const name = Math.floor(random.next() * names.length);
    const company = Math.floor(random.next() * COMPANIES.length);
    const purpose = random.pick(PURPOSES);
    const withContact = random.chance(0.3);
    const site = random.pick(SITES).id;
    const badge = badges[random.int(0, 899)]!;
    checkedInMs.push(Math.floor(inMs / MINUTE) * MINUTE);
    records.push(
      indexed({
        id: `visit-${String(index + 1).padStart(6, '0')}`,
        version: 1,
        name: anonymised ? ANONYMISED : names[name]!,
        company: anonymised ? '—' : COMPANIES[company]!,
        hostId: host.id,
        hostName: host.name,
        purpose: anonymised ? '—' : purpose,
        siteId: site,
        badge,
        contact: !anonymised && withContact ? emails[name]! : null,
        privacyNoticeShown: true,
        expectedVisitId: null,
        checkedInAt: isoMinute(inMs),
        checkedOutAt: isoMinute(checkedOutMs),
        anonymised,
      }),
    );
  }
  // The default order (by check-in, ties by id) handed over ready: sorted by the numbers, it costs a fraction
  // of sorting 100,000 timestamp strings, which was a third of the seed. The records come newest first, so
  // this sort mostly reverses one long run.
  const oldestFirst = records
    .map((_, position) => position)
    .sort((a, b) => checkedInMs[a]! - checkedInMs[b]! || (records[a]!.id < records[b]!.id ? -1 : 1))
    .map((position) => records[position]!);
  visits.load(records, { key: 'checkedInAt', records: oldestFirst });

  visitRetention.load([
    {
      id: RETENTION_ID,
      days: DEFAULT_RETENTION_DAYS,
      version: 1,
      updatedAt: new Date(nowMs - 200 * DAY).toISOString(),
      updatedBy: { id: 'p-officer', name: 'Olivia Ortiz' },
      lastPurgeAt: new Date(nowMs - 6 * 60 * MINUTE).toISOString(),
      lastPurgeCount: 0,
    },
  ]);

  // Expected today at the Toronto head office for the demo accounts, plus one tomorrow.
  const tor = SITES[0]!;
  const today = siteDate(tor, now);
  const tomorrow = siteDate(tor, new Date(nowMs + DAY));
  const expected = [
    {
      id: 'expected-1',
      name: 'Priya Raman',
      company: 'Helix Software',
      hostId: 'p-staff',
      date: today,
      purpose: 'Onboarding session',
    },
    {
      id: 'expected-2',
      name: 'Tomás Ortega',
      company: 'Granite Audit LLP',
      hostId: 'p-officer',
      date: today,
      purpose: 'Audit follow-up',
    },
    {
      id: 'expected-3',
      name: 'Wen Li',
      company: 'Cobalt Consulting',
      hostId: 'p-manager',
      date: today,
      purpose: 'Process workshop',
    },
    {
      id: 'expected-4',
      name: 'Uma Kaur',
      company: 'Fjord Analytics',
      hostId: 'p-staff',
      date: tomorrow,
      purpose: 'Data review',
    },
  ];
  expectedVisits.load(
    expected.map((visit) => ({
      ...visit,
      version: 1,
      siteId: tor.id,
      hostName: hostName(directory, visit.hostId),
      status: 'expected' as const,
      visitId: null,
      createdAt: new Date(nowMs - 2 * DAY).toISOString(),
    })),
  );
}

defineSeed('visits', seedVisits, [visits, expectedVisits, visitRetention]);
