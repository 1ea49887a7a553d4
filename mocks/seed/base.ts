import type { components } from '@/shared/api/schema';
import type { Role } from '@/shared/auth/permissions';
import type { Random } from './random';

type Site = components['schemas']['Site'];
type Person = components['schemas']['Person'];

export interface Account {
  personId: string;
  email: string;
  password: string;
  roles: Role[];
}

export const SITES: Site[] = [
  {
    id: 'site-tor',
    name: 'Toronto head office',
    city: 'Toronto',
    country: 'CA',
    timeZone: 'America/Toronto',
    closingHour: 19,
  },
  {
    id: 'site-mtl',
    name: 'Montréal distribution centre',
    city: 'Montréal',
    country: 'CA',
    timeZone: 'America/Toronto',
    closingHour: 18,
  },
  {
    id: 'site-van',
    name: 'Vancouver design studio',
    city: 'Vancouver',
    country: 'CA',
    timeZone: 'America/Vancouver',
    closingHour: 18,
  },
  {
    id: 'site-dub',
    name: 'Dublin EU office',
    city: 'Dublin',
    country: 'IE',
    timeZone: 'Europe/Dublin',
    closingHour: 18,
  },
];

export const DEMO_PASSWORD = 'demo-password';

/** The four demo accounts the README lists. Every employee is also staff. */
export const DEMO_PEOPLE: (Person & { roles: Role[] })[] = [
  {
    id: 'p-officer',
    name: 'Olivia Ortiz',
    email: 'officer@example.com',
    department: 'Privacy Office',
    siteId: 'site-tor',
    title: 'Chief Privacy Officer',
    roles: ['privacy_officer', 'staff'],
  },
  {
    id: 'p-manager',
    name: 'Marcus Reid',
    email: 'manager@example.com',
    department: 'Operations',
    siteId: 'site-tor',
    title: 'Operations Manager',
    roles: ['manager', 'staff'],
  },
  {
    id: 'p-staff',
    name: 'Sam Patel',
    email: 'staff@example.com',
    department: 'Customer Care',
    siteId: 'site-tor',
    title: 'Customer Care Agent',
    roles: ['staff'],
  },
  {
    id: 'p-desk',
    name: 'Dana Kim',
    email: 'desk@example.com',
    department: 'Security',
    siteId: 'site-tor',
    title: 'Security Desk Officer',
    roles: ['security_desk', 'staff'],
  },
];

const FIRST = [
  'Aisha',
  'Ben',
  'Chloé',
  'Diego',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Owen',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yusuf',
  'Zoe',
  'Amélie',
  'Bruno',
  'Camille',
  'Dmitri',
  'Emma',
];
const LAST = [
  'Abbott',
  'Bouchard',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Hughes',
  'Ivanova',
  'Johansson',
  'Kowalski',
  'Lefebvre',
  'Murphy',
  'Nguyen',
  "O'Brien",
  'Petrov',
  'Quinn',
  'Roy',
  'Singh',
  'Tremblay',
  'Usman',
  'Vasquez',
  'Walsh',
  'Xu',
  'Young',
  'Zimmermann',
];
const DEPARTMENTS = [
  'Customer Care',
  'Engineering',
  'Finance',
  'Logistics',
  'Marketing',
  'Operations',
  'People & Culture',
  'Product Design',
  'Sales',
  'Legal',
  'IT',
  'Security',
];

/** One generated person, the `index`-th (id p-0001 on); `used` keeps their email addresses unique. */
function generatedPerson(random: Random, index: number, used: Set<string>): Person {
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  const email = used.has(`${local}@example.com`) ? `${local}${index}@example.com` : `${local}@example.com`;
  used.add(email);
  return {
    id: `p-${String(index + 1).padStart(4, '0')}`,
    name: `${first} ${last}`,
    email,
    department: random.pick(DEPARTMENTS),
    siteId: random.pick(SITES).id,
  };
}

export function seedPeople(random: Random, count: number): Person[] {
  const people: Person[] = DEMO_PEOPLE.map(({ roles: _roles, ...person }) => person);
  const used = new Set(people.map((person) => person.email));
  for (let index = 0; people.length < count; index++) people.push(generatedPerson(random, index, used));
  return people;
}

/**
 * More people after the seeded ones (policies need an organisation of hundreds, the large seed 5,000), from
 * their own random sequence: the people before them, and everything seeded from the shared sequence after
 * them, stay exactly as they were. Ids go on from the last one (p-0157 in the demo seed).
 */
export function appendPeople(existing: Person[], total: number, random: Random): Person[] {
  const used = new Set(existing.map((person) => person.email));
  const added: Person[] = [];
  for (let index = existing.length - DEMO_PEOPLE.length; existing.length + added.length < total; index++) {
    added.push(generatedPerson(random, index, used));
  }
  return added;
}
