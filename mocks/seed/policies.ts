// Policies seed: seven policies that between them show every state (a current minor version over a major one, a
// major version waiting for most people, an overdue one, a draft, a retired one), and each person's history of
// acknowledgements, drawn from the seeded random. The same policies in the large seed, over 5,000 people.
import { addDays } from '@/shared/model/dates';
import { versionNumber } from '@/features/policies/model/rules';
import type { PolicyInput } from '@/features/policies/model/schemas';
import { defineSeed, people, type SeedContext } from '../store/db';
import {
  acknowledgementId,
  personInAudience,
  policies,
  policyAcknowledgements,
  policyReminders,
  policyVersions,
  todayIso,
  type AcknowledgementRecord,
  type PolicyRecord,
  type VersionRecord,
} from '../store/policies';
import { SEED_TEXTS, SEED_TEXT_HASHES, type SeedTextKey } from './policy-texts';

interface VersionPlan {
  text: SeedTextKey;
  major: number;
  minor: number;
  summary: string;
  /** Days from today (negative = past). */
  published: number | null;
  /** Days after publishing that a major version was due. */
  dueAfter?: number;
  /** Share of the audience who acknowledged it (a major one), spread between publishing and today. */
  acknowledged?: number;
}

interface PolicyPlan {
  id: string;
  input: PolicyInput;
  status: PolicyRecord['status'];
  versions: VersionPlan[];
  retired?: number;
}

const EVERYONE = { everyone: true, departments: [], siteIds: [], roles: [] };

const PLANS: PolicyPlan[] = [
  {
    id: 'pol-data-protection',
    input: {
      title: 'Data protection policy',
      ownerId: 'p-officer',
      category: 'data_protection',
      audience: EVERYONE,
    },
    status: 'published',
    versions: [
      {
        text: 'data-protection-1',
        major: 1,
        minor: 0,
        summary: 'First version.',
        published: -400,
        dueAfter: 30,
        acknowledged: 0.95,
      },
      {
        text: 'data-protection-2',
        major: 2,
        minor: 0,
        summary: 'Third-party sharing only under approved contracts; breaches reported within one hour.',
        published: -60,
        dueAfter: 14,
        acknowledged: 0.9,
      },
      {
        text: 'data-protection-2.1',
        major: 2,
        minor: 1,
        summary: 'Added the privacy office’s contact details.',
        published: -20,
      },
    ],
  },
  {
    id: 'pol-acceptable-use',
    input: {
      title: 'Acceptable use of IT',
      ownerId: 'p-officer',
      category: 'acceptable_use',
      audience: EVERYONE,
    },
    status: 'published',
    versions: [
      {
        text: 'acceptable-use-1',
        major: 1,
        minor: 0,
        summary: 'First version.',
        published: -300,
        dueAfter: 21,
        acknowledged: 0.97,
      },
      {
        text: 'acceptable-use-2',
        major: 2,
        minor: 0,
        summary: 'Multi-factor authentication for every account; no customer data in public AI tools.',
        published: -5,
        dueAfter: 14,
        acknowledged: 0.35,
      },
    ],
  },
  {
    id: 'pol-clean-desk',
    input: {
      title: 'Clean desk and screen lock',
      ownerId: 'p-officer',
      category: 'information_security',
      audience: { everyone: false, departments: [], siteIds: ['site-tor', 'site-mtl'], roles: [] },
    },
    status: 'published',
    versions: [
      {
        text: 'clean-desk-1',
        major: 1,
        minor: 0,
        summary: 'First version.',
        published: -30,
        dueAfter: 14,
        acknowledged: 0.7,
      },
    ],
  },
  {
    id: 'pol-retention',
    input: {
      title: 'Records retention schedule',
      ownerId: 'p-officer',
      category: 'retention',
      audience: {
        everyone: false,
        departments: ['Customer Care', 'Finance', 'Legal', 'Operations'],
        siteIds: [],
        roles: [],
      },
    },
    status: 'published',
    versions: [
      {
        text: 'retention-1',
        major: 1,
        minor: 0,
        summary: 'First version.',
        published: -90,
        dueAfter: 30,
        acknowledged: 0.92,
      },
    ],
  },
  {
    id: 'pol-breach',
    input: {
      title: 'Personal data breach response',
      ownerId: 'p-officer',
      category: 'incident_response',
      audience: {
        everyone: false,
        departments: ['Engineering', 'IT', 'Privacy Office', 'Security'],
        siteIds: [],
        roles: [],
      },
    },
    status: 'published',
    versions: [
      {
        text: 'breach-1',
        major: 1,
        minor: 0,
        summary: 'First version.',
        published: -45,
        dueAfter: 14,
        acknowledged: 0.8,
      },
    ],
  },
  {
    id: 'pol-privacy-notice',
    input: {
      title: 'Customer privacy notice',
      ownerId: 'p-officer',
      category: 'privacy_notice',
      audience: {
        everyone: false,
        departments: ['Customer Care', 'Marketing', 'Sales'],
        siteIds: [],
        roles: [],
      },
    },
    status: 'draft',
    versions: [{ text: 'privacy-notice-1', major: 1, minor: 0, summary: 'First version.', published: null }],
  },
  {
    id: 'pol-byod',
    input: {
      title: 'Bring your own device',
      ownerId: 'p-officer',
      category: 'information_security',
      audience: EVERYONE,
    },
    status: 'retired',
    retired: -100,
    versions: [
      {
        text: 'byod-1',
        major: 1,
        minor: 0,
        summary: 'First version.',
        published: -700,
        dueAfter: 30,
        acknowledged: 0.9,
      },
    ],
  },
];

/** The demo people whose standing tests and the demo rely on, whatever the random draws. */
const FIXED: Record<string, Partial<Record<string, boolean>>> = {
  // Sam Patel: acknowledged the data protection policy 2.0 and the retention schedule, not yet the new
  // acceptable use 2.0, overdue on the clean desk policy.
  'p-staff': {
    'pol-data-protection:2': true,
    'pol-acceptable-use:2': false,
    'pol-clean-desk:1': false,
    'pol-retention:1': true,
  },
  'p-manager': { 'pol-acceptable-use:2': false },
};

function* seedPolicies({ random, now }: SeedContext): Generator<void, void, void> {
  const today = todayIso(now);
  const at = (days: number, hour = 9) =>
    `${addDays(today, days)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  // An acknowledgement made today is earlier today, never later than now (and draws nothing from the random
  // sequence, so the rest of the seed does not depend on the hour it runs).
  const past = (iso: string) =>
    iso < now.toISOString()
      ? iso
      : new Date(now.getTime() - (1 + Number(iso.slice(11, 13)) * 7) * 60_000).toISOString();
  const everyone = [...people.all()];
  const policyRecords: PolicyRecord[] = [];
  const versionRecords: VersionRecord[] = [];
  const acks: AcknowledgementRecord[] = [];
  for (const plan of PLANS) {
    const firstPublished = plan.versions[0]!.published ?? -3;
    const record: PolicyRecord = {
      id: plan.id,
      ...plan.input,
      status: plan.status,
      retiredAt: plan.retired !== undefined ? at(plan.retired) : null,
      version: 1,
      createdAt: at(firstPublished - 7),
      updatedAt: at(plan.retired ?? plan.versions.at(-1)!.published ?? -3),
    };
    policyRecords.push(record);
    const audience = everyone.filter((person) => personInAudience(person, record));
    let majorDue: string | null = null;
    plan.versions.forEach((step, index) => {
      const isLast = index === plan.versions.length - 1;
      if (step.minor === 0 && step.published !== null)
        majorDue = addDays(today, step.published + (step.dueAfter ?? 14));
      const version: VersionRecord = {
        id: `${plan.id}-v${versionNumber(step)}`,
        policyId: plan.id,
        major: step.major,
        minor: step.minor,
        kind: step.minor === 0 ? 'major' : 'minor',
        status:
          step.published === null
            ? 'draft'
            : isLast && plan.status === 'published'
              ? 'published'
              : 'superseded',
        effectiveDate: addDays(today, step.published ?? 7),
        summary: step.summary,
        text: SEED_TEXTS[step.text],
        textHash: step.published === null ? null : SEED_TEXT_HASHES[step.text],
        publishedAt: step.published === null ? null : at(step.published),
        publishedBy: step.published === null ? null : 'Olivia Ortiz',
        dueDate: step.published === null ? null : majorDue,
        version: 1,
        createdAt: at((step.published ?? -3) - 5),
      };
      versionRecords.push(version);
      if (step.published === null || step.acknowledged === undefined) return;
      // Who acknowledged a major version, and when: between its publishing and today (most before the due date).
      const span = Math.max(1, -step.published);
      for (const person of audience) {
        const fixed = FIXED[person.id]?.[`${plan.id}:${step.major}`];
        if (fixed === false || (fixed === undefined && !random.chance(step.acknowledged))) continue;
        const day = step.published + Math.min(span, random.int(0, Math.min(span, (step.dueAfter ?? 14) + 5)));
        acks.push({
          id: acknowledgementId(version.id, person.id),
          policyId: plan.id,
          versionId: version.id,
          major: version.major,
          number: versionNumber(version),
          personId: person.id,
          acknowledgedAt: past(at(Math.min(day, 0), random.int(8, 17))),
          textHash: version.textHash!,
        });
      }
      // A minor version's readers: some acknowledge it too (it does not ask them to).
      const minor = plan.versions[index + 1];
      if (minor && minor.major === step.major && minor.published !== null) {
        const minorId = `${plan.id}-v${versionNumber(minor)}`;
        for (const person of audience.slice(0, Math.floor(audience.length / 10))) {
          acks.push({
            id: acknowledgementId(minorId, person.id),
            policyId: plan.id,
            versionId: minorId,
            major: minor.major,
            number: versionNumber(minor),
            personId: person.id,
            acknowledgedAt: past(at(Math.min(0, minor.published + random.int(0, 10)), random.int(8, 17))),
            textHash: SEED_TEXT_HASHES[minor.text],
          });
        }
      }
    });
    yield;
  }
  policies.load(policyRecords);
  policyVersions.load(versionRecords);
  policyAcknowledgements.load(acks);
  policyReminders.load([]);
}

defineSeed('policies', seedPolicies, [policies, policyVersions, policyAcknowledgements, policyReminders]);
