// Risk register seed. The demo seed opens with a fixed cast that tests and demos can name (one risk per
// situation: approved, in review, owned by the demo manager, changes requested, an expiring acceptance, an
// overdue review and action, a draft), then realistic others across the statuses. The large seed makes 5,000
// risks with their actions and timelines.
import { addDays } from '@/shared/model/dates';
import type { RiskInput } from '@/features/risks/model/schemas';
import { RISK_CATEGORIES, RISK_TREATMENTS } from '@/features/risks/model/schemas';
import { defineSeed, type SeedContext } from '../store/db';
import type { Random } from './random';
import {
  reopenedForLapsedAcceptance,
  risks,
  todayIso,
  withDerived,
  type RiskActionRecord,
  type RiskRecord,
} from '../store/risks';

const OFFICER = { id: 'p-officer', name: 'Olivia Ortiz' };
const MANAGER = { id: 'p-manager', name: 'Marcus Reid' };
/** Who signed the fixed cast's acceptance: a manager of the directory who is not the console's demo manager. */
const ACCEPTING_MANAGER = 'p-0002';
const acceptingManagerOf = (peopleIds: string[], index: number) => {
  const others = peopleIds.filter((id) => id !== MANAGER.id && id !== OFFICER.id);
  return others[index % others.length] ?? ACCEPTING_MANAGER;
};

/** The processors the fixed cast links to (ids and names of the processors' named seed). */
const PROCESSOR_NAMES: Record<string, string> = {
  'proc-aws': 'Amazon Web Services (AWS)',
  'proc-payments': 'Maplepay Payments Inc.',
  'proc-email': 'Postlane Email Delivery',
  'proc-kids-club': 'Little Chefs Club Platform',
};

interface ActionPlan {
  description: string;
  owner: string;
  /** Days from today. */
  due: number;
  status: RiskActionRecord['status'];
}

interface RiskPlan {
  id: string;
  input: Omit<RiskInput, 'actions'>;
  actions: ActionPlan[];
  /** The path through review, oldest first; the last step is the status. */
  path: ('submitted' | 'changes_requested' | 'approved')[];
  /** Days ago it was written, and days between steps. */
  age: number;
  step?: number;
}

const base = (overrides: Partial<RiskPlan['input']>): RiskPlan['input'] => ({
  title: '',
  description: '',
  category: 'information_security',
  threat: '',
  affectedAssets: '',
  ownerId: OFFICER.id,
  linkedProcessorIds: [],
  inherentLikelihood: 3,
  inherentImpact: 3,
  treatment: 'mitigate',
  residualLikelihood: 2,
  residualImpact: 3,
  residualReason: null,
  acceptanceJustification: null,
  acceptedById: null,
  acceptanceExpiry: null,
  ...overrides,
});

const NAMED: RiskPlan[] = [
  {
    id: 'risk-privacy-shield',
    input: base({
      title: 'US hosting transfer still relies on the Privacy Shield',
      description:
        'Customer account data hosted by AWS in the United States is recorded as transferred under the EU-US Privacy Shield, invalidated in July 2020.',
      category: 'third_party',
      threat: 'A regulator finds the transfer unlawful; an order to suspend it.',
      affectedAssets: 'Customer accounts and order history (AWS us-east-1).',
      ownerId: OFFICER.id,
      linkedProcessorIds: ['proc-aws'],
      inherentLikelihood: 4,
      inherentImpact: 4,
      residualLikelihood: 2,
      residualImpact: 3,
    }),
    actions: [
      {
        description: 'Sign the EU-US Data Privacy Framework addendum',
        owner: OFFICER.id,
        due: 20,
        status: 'in_progress',
      },
      {
        description: 'Update the privacy policy’s transfer section',
        owner: 'p-0003',
        due: 45,
        status: 'planned',
      },
    ],
    path: ['submitted', 'approved'],
    age: 40,
  },
  {
    id: 'risk-card-data',
    input: base({
      title: 'Card data exposed through the payment page scripts',
      description: 'Third-party scripts on the checkout page could read card numbers as they are typed.',
      category: 'information_security',
      threat: 'A compromised script skims card data (Magecart).',
      affectedAssets: 'Web checkout; payment data.',
      ownerId: MANAGER.id,
      linkedProcessorIds: ['proc-payments'],
      inherentLikelihood: 3,
      inherentImpact: 5,
      residualLikelihood: 2,
      residualImpact: 4,
    }),
    actions: [
      {
        description: 'Move card entry into the provider’s hosted fields',
        owner: 'p-0004',
        due: 30,
        status: 'planned',
      },
    ],
    path: ['submitted'],
    age: 6,
  },
  {
    id: 'risk-kids-club',
    input: base({
      title: 'Children’s data in the cooking club app',
      description: 'The club app collects children’s first names and ages with a parent’s consent.',
      category: 'legal_compliance',
      threat: 'Consent is not verifiable; data kept longer than needed.',
      affectedAssets: 'Little Chefs Club accounts.',
      ownerId: 'p-0005',
      linkedProcessorIds: ['proc-kids-club'],
      inherentLikelihood: 3,
      inherentImpact: 4,
      residualLikelihood: 2,
      residualImpact: 4,
    }),
    actions: [
      { description: 'Add verifiable parental consent', owner: 'p-0005', due: 25, status: 'planned' },
    ],
    path: ['submitted', 'changes_requested'],
    age: 15,
  },
  {
    id: 'risk-email-accepted',
    input: base({
      title: 'Marketing email provider keeps logs for 13 months',
      description: 'Delivery logs with email addresses are kept by the provider longer than our schedule.',
      category: 'third_party',
      threat: 'A breach at the provider exposes old addresses.',
      affectedAssets: 'Marketing email lists.',
      ownerId: OFFICER.id,
      linkedProcessorIds: ['proc-email'],
      inherentLikelihood: 3,
      inherentImpact: 4,
      treatment: 'accept',
      residualLikelihood: 3,
      residualImpact: 4,
      acceptanceJustification: 'The provider deletes on a fixed 13-month cycle; switching costs outweigh it.',
      // Not the demo manager: he reviews the plan, and nobody reviews an acceptance they signed.
      acceptedById: ACCEPTING_MANAGER,
      acceptanceExpiry: '+20',
    }),
    actions: [],
    path: ['submitted', 'approved'],
    age: 200,
  },
  {
    id: 'risk-badge-tailgating',
    input: base({
      title: 'Tailgating through the Toronto office doors',
      description: 'Visitors follow staff through badge doors without signing in.',
      category: 'physical_security',
      threat: 'An unregistered visitor reaches the records room.',
      affectedAssets: 'Toronto head office; paper records.',
      ownerId: 'p-0006',
      inherentLikelihood: 4,
      inherentImpact: 4,
      residualLikelihood: 4,
      residualImpact: 3,
    }),
    actions: [
      {
        description: 'Install a turnstile at the main entrance',
        owner: 'p-0006',
        due: -12,
        status: 'in_progress',
      },
    ],
    path: ['submitted', 'approved'],
    // Approved 100 days ago at high: its quarterly review is overdue.
    age: 130,
    step: 15,
  },
  {
    id: 'risk-draft-backups',
    input: base({
      title: 'Backups not tested for restore',
      description: 'Nightly backups of the order database have not been restored in a test since last year.',
      category: 'operational',
      threat: 'A restore fails when it is needed.',
      affectedAssets: 'Order database.',
      ownerId: OFFICER.id,
      inherentLikelihood: 2,
      inherentImpact: 4,
      residualLikelihood: 1,
      residualImpact: 4,
    }),
    actions: [{ description: 'Run a quarterly restore test', owner: 'p-0007', due: 14, status: 'planned' }],
    path: [],
    age: 2,
  },
];

const TITLES: Record<RiskInput['category'], string[]> = {
  information_security: [
    'Phishing of customer-care accounts',
    'Unpatched servers in the warranty portal',
    'Shared admin passwords in the app backend',
    'Laptops without disk encryption',
    'Weak API rate limits on sign-in',
  ],
  third_party: [
    'Sub-processor added without notice',
    'Courier keeps delivery addresses too long',
    'Analytics vendor fingerprints devices',
    'Support outsourcer works from unmanaged devices',
  ],
  legal_compliance: [
    'Consent records incomplete for app telemetry',
    'Access requests answered late',
    'Retention schedule not applied to CRM notes',
    'Quebec privacy impact assessments missing',
  ],
  operational: [
    'Single administrator for the order database',
    'Manual exports of customer lists',
    'No runbook for breach notification',
    'Test data copied from production',
  ],
  physical_security: [
    'Paper warranty forms left on desks',
    'Server room door propped open',
    'Visitor badges not returned',
  ],
};

const ACTIONS = [
  'Train the team',
  'Enable multi-factor authentication',
  'Review access rights',
  'Update the contract',
  'Document the procedure',
  'Encrypt the storage',
  'Delete the old copies',
  'Test the backup restore',
];

function generated(random: Random, index: number, peopleIds: string[]): RiskPlan {
  const category = random.pick(RISK_CATEGORIES);
  const titles = TITLES[category];
  const title = titles[index % titles.length]!;
  const round = Math.floor(index / titles.length);
  const inherentLikelihood = random.int(1, 5);
  const inherentImpact = random.int(1, 5);
  const treatment = random.chance(0.75) ? 'mitigate' : random.pick(RISK_TREATMENTS);
  const residualLikelihood = Math.max(1, inherentLikelihood - random.int(0, 2));
  const residualImpact = Math.max(1, inherentImpact - random.int(0, 1));
  const ownerId = random.pick(peopleIds);
  const actionCount = treatment === 'mitigate' ? random.int(1, 4) : random.int(0, 1);
  const actions: ActionPlan[] = Array.from({ length: actionCount }, () => ({
    description: random.pick(ACTIONS),
    owner: random.pick(peopleIds),
    due: random.int(-60, 180),
    status: random.pick(['planned', 'in_progress', 'done'] as const),
  }));
  const roll = random.next();
  const path: RiskPlan['path'] =
    roll < 0.15
      ? []
      : roll < 0.35
        ? ['submitted']
        : roll < 0.45
          ? ['submitted', 'changes_requested']
          : roll < 0.55
            ? ['submitted', 'changes_requested', 'submitted']
            : ['submitted', 'approved'];
  const high = inherentLikelihood * inherentImpact > 9;
  return {
    id: `risk-${String(index + 1).padStart(5, '0')}`,
    input: base({
      title: round > 0 ? `${title} (${round + 1})` : title,
      description: `${title}: found in the ${random.pick(['annual', 'quarterly', 'vendor', 'incident'])} review.`,
      category,
      threat: random.pick([
        'Unauthorised access to personal data.',
        'Loss of personal data.',
        'Processing without a lawful basis.',
        'Data kept longer than needed.',
      ]),
      affectedAssets: random.pick(['Customer accounts', 'Order history', 'Staff records', 'App telemetry']),
      ownerId,
      inherentLikelihood,
      inherentImpact,
      treatment,
      residualLikelihood: treatment === 'mitigate' ? residualLikelihood : inherentLikelihood,
      residualImpact: treatment === 'mitigate' ? residualImpact : inherentImpact,
      ...(treatment === 'accept' && high
        ? {
            acceptanceJustification: 'Cost of treatment outweighs the exposure for now.',
            // Someone other than the reviewing manager (segregation of duties); no random draw, so the
            // seed's sequence stays as it was.
            acceptedById: acceptingManagerOf(peopleIds, index),
            acceptanceExpiry: `+${random.int(10, 300)}`,
          }
        : {}),
    }),
    actions,
    path,
    age: random.int(path.length * 10 + 1, 400),
    step: random.int(1, 10),
  };
}

function build(plan: RiskPlan, index: number, today: string): RiskRecord {
  const day = (offset: number) => addDays(today, offset);
  const at = (daysAgo: number) => `${day(-daysAgo)}T${String(9 + (index % 8)).padStart(2, '0')}:00:00.000Z`;
  const step = plan.step ?? Math.max(1, Math.floor(plan.age / (plan.path.length + 1)));
  const expiry = plan.input.acceptanceExpiry;
  const input = {
    ...plan.input,
    acceptanceExpiry: expiry?.startsWith('+') ? day(Number(expiry.slice(1))) : expiry,
  };
  let status: RiskRecord['status'] = 'draft';
  let version = 1;
  let submittedById: string | null = null;
  let submittedAt: string | null = null;
  let approvedAt: string | null = null;
  let approvedVersion: number | null = null;
  const timeline: RiskRecord['timeline'] = [
    {
      id: `${plan.id}-step-0`,
      at: at(plan.age),
      actorId: OFFICER.id,
      actorName: OFFICER.name,
      action: 'created',
      from: null,
      to: 'draft',
      comment: null,
      version,
    },
  ];
  plan.path.forEach((move, position) => {
    const when = at(Math.max(0, plan.age - step * (position + 1)));
    const from = status;
    version += 1;
    const actor = move === 'submitted' ? OFFICER : MANAGER;
    status = move === 'submitted' ? 'in_review' : move;
    if (move === 'submitted') {
      submittedById = OFFICER.id;
      submittedAt = when;
    }
    if (move === 'approved') {
      approvedAt = when;
      approvedVersion = version;
    }
    timeline.push({
      id: `${plan.id}-step-${position + 1}`,
      at: when,
      actorId: actor.id,
      actorName: actor.name,
      action: move,
      from,
      to: status,
      comment:
        move === 'changes_requested' ? 'Name an owner for each action and tighten the due dates.' : null,
      version,
    });
  });
  const updatedAt = timeline.at(-1)!.at;
  return withDerived({
    ...input,
    id: plan.id,
    reference: `RISK-${String(index + 1).padStart(4, '0')}`,
    version,
    status,
    actions: plan.actions.map((action, position) => ({
      id: `${plan.id}-action-${position + 1}`,
      description: action.description,
      ownerId: action.owner,
      dueDate: day(action.due),
      status: action.status,
    })),
    linkedProcessors: input.linkedProcessorIds.map((id) => ({ id, name: PROCESSOR_NAMES[id] ?? id })),
    submittedById,
    submittedAt,
    approvedVersion,
    approvedAt,
    approvedById: approvedAt ? MANAGER.id : null,
    timeline,
    createdAt: at(plan.age),
    updatedAt,
  });
}

export function* seedRisks({ random, size, now, people }: SeedContext): Generator<void, void, void> {
  const today = todayIso(now);
  const count = size === 'large' ? 5000 : 40;
  // Owners from the directory's first people, so a demo's names recur and filters by owner find several.
  const peopleIds = people.slice(0, size === 'large' ? 400 : 24).map((person) => person.id);
  const plans = [...NAMED];
  for (let index = 0; plans.length < count; index++) plans.push(generated(random, index, peopleIds));
  const records: RiskRecord[] = [];
  for (const [index, plan] of plans.entries()) {
    if (index % 500 === 499) yield;
    const record = build(plan, index, today);
    // An approved acceptance already lapsing is back in review, as the backend's daily job would have left it.
    records.push(reopenedForLapsedAcceptance(record, today, now.toISOString()) ?? record);
  }
  risks.load(records);
}

defineSeed('risks', seedRisks, [risks]);
