// Visitor log seed. The demo seed names its visitors, so tests and demos can find them: a few on site now at
// each site (one since yesterday, flagged after closing), past visits over the last three months (Harriet
// Quill's, 88 days ago, is the one to look up), older ones already anonymised, and visitors expected today for
// the demo accounts. The large seed adds 100,000 visits over two years for the list benchmarks.
import type { components } from '@/shared/api/schema';
import { DEFAULT_RETENTION_DAYS } from '@/features/visits/model/rules';
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

function hostName(people: Map<string, Person>, id: string) {
  return people.get(id)?.name ?? 'Unknown host';
}

function record(
  id: string,
  visit: DemoVisit,
  people: Map<string, Person>,
  now: number,
  cutoffMs: number,
): VisitRecord {
  const checkedOutMs =
    visit.stayedMinutes === undefined ? null : now - (visit.inMinutesAgo - visit.stayedMinutes) * MINUTE;
  const anonymised = checkedOutMs !== null && checkedOutMs < cutoffMs;
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
    checkedInMs: now - visit.inMinutesAgo * MINUTE,
    checkedOutMs,
    anonymised,
  });
}

function* seedVisits({ random, size, now, people }: SeedContext) {
  const nowMs = now.getTime();
  const cutoffMs = Date.parse(retentionCutoff(DEFAULT_RETENTION_DAYS, now));
  const directory = new Map(people.map((person) => [person.id, person]));
  const demo = [
    ...ON_SITE.map((visit, index) => record(`visit-onsite-${index + 1}`, visit, directory, nowMs, cutoffMs)),
    ...PAST.map((visit, index) => record(`visit-past-${index + 1}`, visit, directory, nowMs, cutoffMs)),
  ];

  // Filler history: a few dozen in the demo (up to four months back, so some are anonymised), 100,000 over
  // two years in the large seed. Past visits end hours ago, so none of them holds a badge on site. The
  // browser rebuilds the large seed on every load, so the filler is generated as columns of small numbers
  // (what each visit is made of: which name, host, site...), and a visit's record is built from them only
  // when something reads it: the first page of the history, or the warm-up that follows (see loadRows).
  const count = size === 'large' ? 100_000 - demo.length : 48;
  const step = ((size === 'large' ? 730 : 120) * DAY) / count;
  const newest = nowMs - 6 * 60 * MINUTE;
  const hosts = people.slice(0, size === 'large' ? 400 : 40);
  const names = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
  const emails = names.map((name) => `${name.replace(' ', '.')}@visitor.example`.toLowerCase());
  const badges = Array.from({ length: 900 }, (_, n) => String(n + 100));
  const checkedIn = new Float64Array(count);
  const stayed = new Uint16Array(count);
  const host = new Uint16Array(count);
  const name = new Uint16Array(count);
  const company = new Uint8Array(count);
  const purpose = new Uint8Array(count);
  const withContact = new Uint8Array(count);
  const site = new Uint8Array(count);
  const badge = new Uint16Array(count);
  // A plain function, not the generator's own loop: V8 optimises a long loop while it runs (on-stack
  // replacement) only outside generators, and in the browser this runs once, cold.
  const generate = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      // Newest first, one per time slot, logged to the minute.
      checkedIn[index] = Math.floor((newest - (index + random.next()) * step) / MINUTE) * MINUTE;
      stayed[index] = random.int(20, 300);
      host[index] = Math.floor(random.next() * hosts.length);
      name[index] = Math.floor(random.next() * names.length);
      company[index] = Math.floor(random.next() * COMPANIES.length);
      purpose[index] = Math.floor(random.next() * PURPOSES.length);
      withContact[index] = random.chance(0.3) ? 1 : 0;
      site[index] = Math.floor(random.next() * SITES.length);
      badge[index] = random.int(0, 899);
    }
  };
  // A slice at a time in the browser's background seed (see warmUp).
  for (let from = 0; from < count; from += 25_000) {
    generate(from, Math.min(count, from + 25_000));
    yield;
  }
  const fillerId = (index: number) => `visit-${String(index + 1).padStart(6, '0')}`;
  const filler = (index: number): VisitRecord => {
    const checkedOutMs = checkedIn[index]! + stayed[index]! * MINUTE;
    const anonymised = checkedOutMs < cutoffMs;
    const who = hosts[host[index]!]!;
    return indexed({
      id: fillerId(index),
      version: 1,
      name: anonymised ? ANONYMISED : names[name[index]!]!,
      company: anonymised ? '—' : COMPANIES[company[index]!]!,
      hostId: who.id,
      hostName: who.name,
      purpose: anonymised ? '—' : PURPOSES[purpose[index]!]!,
      siteId: SITES[site[index]!]!.id,
      badge: badges[badge[index]!]!,
      contact: !anonymised && withContact[index] ? emails[name[index]!]! : null,
      privacyNoticeShown: true,
      expectedVisitId: null,
      checkedInMs: checkedIn[index]!,
      checkedOutMs,
      anonymised,
    });
  };
  // Rows: the named visits first, then the filler. The history's default order (by check-in, ties by id) is
  // handed over ready: the filler's is its own order reversed (equal minutes keep their ids ascending), merged
  // with the few named visits.
  const fillerOldestFirst = new Int32Array(count);
  let next = 0;
  for (let last = count - 1; last >= 0;) {
    let first = last;
    while (first > 0 && checkedIn[first - 1] === checkedIn[last]) first--;
    for (let index = first; index <= last; index++) fillerOldestFirst[next++] = demo.length + index;
    last = first - 1;
  }
  const time = (row: number) => (row < demo.length ? demo[row]!.checkedInMs : checkedIn[row - demo.length]!);
  const id = (row: number) => (row < demo.length ? demo[row]!.id : fillerId(row - demo.length));
  const before = (a: number, b: number) => time(a) < time(b) || (time(a) === time(b) && id(a) < id(b));
  const demoOldestFirst = demo.map((_, row) => row).sort((a, b) => (before(a, b) ? -1 : 1));
  const oldestFirst = new Int32Array(demo.length + count);
  for (let out = 0, d = 0, f = 0; out < oldestFirst.length; out++) {
    const takeDemo = f === count || (d < demo.length && before(demoOldestFirst[d]!, fillerOldestFirst[f]!));
    oldestFirst[out] = takeDemo ? demoOldestFirst[d++]! : fillerOldestFirst[f++]!;
  }
  visits.loadRows({
    count: demo.length + count,
    build: (row) => (row < demo.length ? demo[row]! : filler(row - demo.length)),
    ordered: { key: 'checkedInAt', rows: oldestFirst },
  });

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
