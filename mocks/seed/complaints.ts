// Complaints seed. The demo seed starts with a fixed cast whose ids and situations tests and demos rely on (a
// Quebec complaint under investigation, a GDPR one whose response was extended, a referral from the OPC due this
// week, an overdue Californian one, an escalation to the ICO with correspondence, ...), then realistic others
// across jurisdictions and statuses. The large seed has 20,000 over five years. Its own random sequence, so the
// data does not move when another module's seed changes.
import { addDays } from '@/shared/model/dates';
import { regulatorNameRef } from '@/features/complaints/model/regulators';
import { complaintsServerMessages } from '../i18n/complaints-messages';
import {
  COMPLAINT_SUBJECTS,
  type ComplaintChannel,
  type ComplaintOutcome,
  type ComplaintSubject,
} from '@/features/complaints/model/schemas';
import { DEFAULT_DEADLINE_SETTINGS } from '@/features/complaints/model/rules';
import { defineSeed, type SeedContext } from '../store/db';
import { createRandom, type Random } from './random';
import {
  complaints,
  complaintSettings,
  SETTINGS_ID,
  todayIso,
  withDeadlines,
  type ComplaintRecord,
  type EscalationRecord,
} from '../store/complaints';

const OFFICER = { id: 'p-officer', name: 'Olivia Ortiz' };

interface Plan {
  id?: string;
  /** Days before today it was received. */
  received: number;
  name: string;
  contact: string | null;
  country: string;
  region?: string;
  channel: ComplaintChannel;
  subject: ComplaintSubject;
  description: string;
  assigneeId?: string | null;
  processorIds?: string[];
  /** Days after receipt at which each step happened. */
  acknowledged?: number;
  investigating?: number;
  extended?: { after: number; reason: string };
  resolved?: { after: number; outcome: ComplaintOutcome; summary: string; response: string };
  escalated?: {
    after: number;
    regulatorId: string;
    reference: string | null;
    /** Days after the escalation. */
    deadline?: number;
    correspondence?: { after: number; direction: 'in' | 'out'; summary: string }[];
  };
  referral?: { regulatorId: string; reference: string; deadline: number };
  closed?: { after: number; note: string };
}

const NAMED: Plan[] = [
  {
    id: 'cmp-quebec',
    received: 12,
    name: 'Geneviève Tremblay',
    contact: 'g.tremblay@courriel.example',
    country: 'CA',
    region: 'QC',
    channel: 'email',
    subject: 'marketing_consent',
    description:
      'Keeps receiving promotional emails in English about dishwashers after unsubscribing twice through the link in the newsletter.',
    processorIds: ['proc-email'],
    acknowledged: 2,
    investigating: 3,
  },
  {
    id: 'cmp-gdpr-extended',
    received: 38,
    name: 'Lukas Schneider',
    contact: '+49 30 5550 1234',
    country: 'DE',
    channel: 'web_form',
    subject: 'access_correction',
    description:
      'Asked for a copy of all data the companion app holds about his oven, including cooking history and diagnostics.',
    processorIds: ['proc-aws'],
    acknowledged: 1,
    investigating: 2,
    extended: {
      after: 20,
      reason: 'The diagnostics archive is held by two processors and has to be extracted from backups.',
    },
  },
  {
    id: 'cmp-opc-referral',
    received: 25,
    name: 'Harpreet Gill',
    contact: 'harpreet.gill@mail.example',
    country: 'CA',
    region: 'ON',
    channel: 'regulator_referral',
    subject: 'security_incident',
    description:
      'Referred by the OPC: the complainant says a password reset email for her account reached another customer.',
    referral: { regulatorId: 'ca-opc', reference: 'PIPEDA-2026-004512', deadline: 29 },
    acknowledged: 1,
    investigating: 2,
  },
  {
    id: 'cmp-ccpa-overdue',
    received: 52,
    name: 'Marcus Allen',
    contact: 'marcus.allen@inbox.example',
    country: 'US',
    region: 'CA',
    channel: 'web_form',
    subject: 'deletion',
    description: 'Asked for his account and purchase history to be deleted; still receives order updates.',
    processorIds: ['proc-payments'],
    acknowledged: 3,
    investigating: 6,
  },
  {
    id: 'cmp-uk-ico',
    received: 70,
    name: 'Olivia Bennett',
    contact: 'o.bennett@post.example',
    country: 'GB',
    channel: 'letter',
    subject: 'cookies_tracking',
    description: 'Says the cookie banner on the UK shop sets analytics cookies before consent is given.',
    acknowledged: 4,
    investigating: 5,
    resolved: {
      after: 28,
      outcome: 'not_upheld',
      summary: 'Analytics cookies are only set after consent; the banner was tested on three browsers.',
      response: 'Explained the consent flow with screenshots and the list of cookies set before consent.',
    },
    escalated: {
      after: 40,
      regulatorId: 'gb-ico',
      reference: 'IC-338201-K4X9',
      deadline: 40,
      correspondence: [
        // The ICO's questions are still unanswered: its deadline is open.
        {
          after: 0,
          direction: 'in',
          summary: 'The ICO told us it opened a case on the complainant’s referral.',
        },
        { after: 9, direction: 'in', summary: 'The ICO asked for our cookie audit and the consent logs.' },
      ],
    },
  },
  {
    id: 'cmp-new-de',
    received: 1,
    name: 'Anna Fischer',
    contact: 'anna.fischer@web.example',
    country: 'DE',
    channel: 'email',
    subject: 'childrens_data',
    description: 'Asks why the kids’ baking club app asked for her son’s birth date.',
    processorIds: ['proc-kids-club'],
  },
  {
    id: 'cmp-bc-resolved',
    received: 45,
    name: 'Daniel Wong',
    contact: '+1 604 555 0147',
    country: 'CA',
    region: 'BC',
    channel: 'phone',
    subject: 'third_party_disclosure',
    description: 'Believes his phone number was passed to a warranty-extension telemarketer.',
    acknowledged: 2,
    investigating: 3,
    resolved: {
      after: 21,
      outcome: 'partly_upheld',
      summary: 'The retailer partner had the number from a warranty registration; sharing stopped.',
      response:
        'Apologised, explained the warranty registration and confirmed the partner deleted the number.',
    },
  },
  {
    id: 'cmp-cai-closed',
    received: 160,
    name: 'Sophie Gagnon',
    contact: 'sophie.gagnon@courriel.example',
    country: 'CA',
    region: 'QC',
    channel: 'web_form',
    subject: 'access_correction',
    description:
      'Asked to correct the delivery address kept on her account; the correction did not reach the carrier.',
    acknowledged: 2,
    investigating: 3,
    escalated: {
      after: 20,
      regulatorId: 'ca-qc-cai',
      reference: '1034567-J',
      deadline: 30,
      correspondence: [
        {
          after: 3,
          direction: 'in',
          summary: 'The CAI opened a file and asked for our account of the facts.',
        },
        { after: 18, direction: 'out', summary: 'Sent the correction log and the carrier’s confirmation.' },
        { after: 60, direction: 'in', summary: 'The CAI closed its file: the correction was made.' },
      ],
    },
    closed: { after: 85, note: 'Closed after the CAI closed its file.' },
  },
  {
    id: 'cmp-fr-received',
    received: 4,
    name: 'Camille Laurent',
    contact: 'camille.laurent@mail.example',
    country: 'FR',
    channel: 'email',
    subject: 'marketing_consent',
    description: 'Receives text messages about promotions she never agreed to.',
  },
];

const FIRST = [
  'Amélie',
  'Bruno',
  'Carla',
  'Dmitri',
  'Eva',
  'Felix',
  'Hana',
  'Ivan',
  'Julia',
  'Karim',
  'Laura',
  'Marco',
  'Nina',
  'Oscar',
  'Paula',
  'Raj',
  'Sara',
  'Tomás',
  'Una',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zoë',
];
const LAST = [
  'Andersen',
  'Bouchard',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fontaine',
  'García',
  'Hughes',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lefebvre',
  'Moreau',
  'Novak',
  'O’Brien',
  'Pelletier',
  'Rossi',
  'Silva',
  'Tanaka',
  'Wright',
];

/** Where complaints come from, weighted like the customer base: mostly Canada, then the US and Europe. */
const PLACES: { country: string; region?: string }[] = [
  { country: 'CA', region: 'ON' },
  { country: 'CA', region: 'ON' },
  { country: 'CA', region: 'QC' },
  { country: 'CA', region: 'QC' },
  { country: 'CA', region: 'BC' },
  { country: 'CA', region: 'AB' },
  { country: 'US', region: 'CA' },
  { country: 'US', region: 'NY' },
  { country: 'US', region: 'TX' },
  { country: 'GB' },
  { country: 'IE' },
  { country: 'FR' },
  { country: 'DE' },
  { country: 'NL' },
  { country: 'ES' },
  { country: 'AU' },
];
const CHANNELS: ComplaintChannel[] = ['email', 'email', 'web_form', 'web_form', 'phone', 'letter'];
const SUMMARIES: Record<ComplaintSubject, string> = {
  access_correction: 'Asks for a copy of the data held about them and a correction of their address.',
  deletion: 'Asks for their account to be deleted and for confirmation that it was.',
  marketing_consent: 'Receives marketing messages after withdrawing consent.',
  cookies_tracking: 'Objects to tracking cookies set on the online shop.',
  security_incident: 'Reports that their account was accessed by someone else.',
  childrens_data: 'Asks what the kids’ club keeps about their child.',
  third_party_disclosure: 'Believes their details were shared with another company.',
  other: 'Complains about how a support agent handled their personal data.',
};
const OUTCOMES: ComplaintOutcome[] = ['upheld', 'partly_upheld', 'not_upheld', 'not_upheld', 'withdrawn'];
const NATIONAL: Record<string, string> = {
  CA: 'ca-opc',
  US: 'us-ftc',
  GB: 'gb-ico',
  IE: 'ie-dpc',
  FR: 'fr-cnil',
  DE: 'de-bfdi',
  NL: 'nl-ap',
  ES: 'es-aepd',
};
const REGIONAL: Record<string, string> = {
  'CA-QC': 'ca-qc-cai',
  'CA-AB': 'ca-ab-oipc',
  'CA-BC': 'ca-bc-oipc',
  'US-CA': 'us-ca-cppa',
};

/** A realistic complaint received `received` days ago, moved on as far as its age makes likely. */
function generated(random: Random, index: number, received: number, assignees: string[]): Plan {
  const place = random.pick(PLACES);
  const subject = random.pick(COMPLAINT_SUBJECTS);
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const plan: Plan = {
    received,
    name: `${first} ${last}`,
    contact: random.chance(0.7)
      ? `${first
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]/g, '')}.${index}@mail.example`
      : `+1 555 01${String(index % 100).padStart(2, '0')}`,
    ...place,
    channel: random.pick(CHANNELS),
    subject,
    description: SUMMARIES[subject],
    assigneeId: random.pick(assignees),
  };
  if (received >= 2 || random.chance(0.3)) plan.acknowledged = random.int(0, Math.min(received, 6));
  if (plan.acknowledged !== undefined && received - plan.acknowledged >= 2)
    plan.investigating = plan.acknowledged + 1;
  if (plan.investigating !== undefined && received >= 20 && random.chance(received > 60 ? 0.9 : 0.5)) {
    const after = Math.min(received, plan.investigating + random.int(5, 40));
    plan.resolved = {
      after,
      outcome: random.pick(OUTCOMES),
      summary: 'Investigated with the team concerned; the findings were shared with the complainant.',
      response: 'Sent a written response with the findings and what we changed.',
    };
    if (received - after > 10)
      plan.closed = { after: after + random.int(3, 10), note: 'No reply within ten days.' };
  }
  if (plan.investigating !== undefined && !plan.resolved && random.chance(0.08)) {
    const regulatorId = REGIONAL[`${place.country}-${place.region}`] ?? NATIONAL[place.country];
    if (regulatorId) {
      const after = Math.min(received, plan.investigating + random.int(1, 20));
      plan.escalated = {
        after,
        regulatorId,
        reference: random.chance(0.8) ? `REF-${100000 + index}` : null,
        deadline: random.int(20, 45),
        correspondence:
          received - after > 5
            ? [{ after: 2, direction: 'in', summary: 'The regulator opened a file.' }]
            : [],
      };
      if (plan.escalated.reference === null) plan.escalated.correspondence = [];
      if (received - after > 120)
        plan.closed = { after: after + 100, note: 'The regulator closed its file.' };
    }
  }
  return plan;
}

function build(
  plan: Plan,
  index: number,
  day: (offset: number) => string,
  references: Map<string, number>,
): ComplaintRecord {
  const receivedDate = day(-plan.received);
  const at = (after: number) => day(Math.min(0, -plan.received + after));
  const stamp = (date: string, hour = 14) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const year = receivedDate.slice(0, 4);
  const number = (references.get(year) ?? 0) + 1;
  references.set(year, number);
  const transitions: ComplaintRecord['transitions'] = [
    { at: stamp(receivedDate, 9), on: receivedDate, from: null, to: 'received', by: OFFICER, note: null },
  ];
  let status: ComplaintRecord['status'] = 'received';
  const move = (to: ComplaintRecord['status'], on: string, note: string | null = null) => {
    transitions.push({ at: stamp(on), on, from: status, to, by: OFFICER, note });
    status = to;
  };
  let escalation: EscalationRecord | null = null;
  if (plan.referral) {
    escalation = {
      regulatorId: plan.referral.regulatorId,
      regulatorName: regulatorNameRef(plan.referral.regulatorId),
      referral: true,
      escalatedOn: receivedDate,
      regulatorReference: plan.referral.reference,
      regulatorDeadline: addDays(receivedDate, plan.referral.deadline),
      deadlineSetOn: receivedDate,
      correspondence: [],
    };
  }
  const acknowledgedOn = plan.acknowledged !== undefined ? at(plan.acknowledged) : null;
  if (acknowledgedOn) move('acknowledged', acknowledgedOn);
  if (plan.investigating !== undefined) move('investigating', at(plan.investigating));
  const resolution = plan.resolved
    ? {
        outcome: plan.resolved.outcome,
        summary: plan.resolved.summary,
        responseDate: at(plan.resolved.after),
        responseSummary: plan.resolved.response,
        resolvedOn: at(plan.resolved.after),
      }
    : null;
  if (resolution) move('resolved', resolution.resolvedOn);
  if (plan.escalated) {
    const escalatedOn = at(plan.escalated.after);
    escalation = {
      regulatorId: plan.escalated.regulatorId,
      regulatorName: regulatorNameRef(plan.escalated.regulatorId),
      referral: false,
      escalatedOn,
      regulatorReference: plan.escalated.reference,
      regulatorDeadline: plan.escalated.deadline ? addDays(escalatedOn, plan.escalated.deadline) : null,
      deadlineSetOn: escalatedOn,
      correspondence: (plan.escalated.correspondence ?? []).map((c, n) => ({
        id: `${plan.id ?? `cmp-${index}`}-letter-${n + 1}`,
        date: day(Math.min(0, -plan.received + plan.escalated!.after + c.after)),
        direction: c.direction,
        summary: c.summary,
        documentUrl: null,
        recordedAt: stamp(day(Math.min(0, -plan.received + plan.escalated!.after + c.after)), 16),
        recordedBy: OFFICER,
      })),
    };
    move(
      'escalated',
      escalatedOn,
      complaintsServerMessages.ref('note.escalatedTo', { regulator: escalation.regulatorName }),
    );
  }
  const closure = plan.closed ? { closedOn: at(plan.closed.after), note: plan.closed.note } : null;
  if (closure) move('closed', closure.closedOn, closure.note);
  const extension = plan.extended
    ? { reason: plan.extended.reason, extendedOn: at(plan.extended.after), by: OFFICER }
    : null;
  const lastWrite = transitions.at(-1)!.at;
  return withDeadlines(
    {
      id: plan.id ?? `cmp-${String(index).padStart(5, '0')}`,
      version: 1,
      reference: `CMP-${year}-${String(number).padStart(4, '0')}`,
      receivedDate,
      channel: plan.referral ? 'regulator_referral' : plan.channel,
      complainantName: plan.name,
      complainantContact: plan.contact,
      complainantCountry: plan.country,
      complainantRegion: plan.region ?? null,
      subject: plan.subject,
      description: plan.description,
      assigneeId: plan.assigneeId === undefined ? OFFICER.id : plan.assigneeId,
      processorIds: plan.processorIds ?? [],
      status,
      acknowledgedOn,
      extension,
      resolution,
      closure,
      escalation,
      transitions,
      createdAt: stamp(receivedDate, 9),
      updatedAt: lastWrite,
    },
    DEFAULT_DEADLINE_SETTINGS,
  );
}

export function* seedComplaints({
  size,
  now,
  people,
}: Pick<SeedContext, 'size' | 'now' | 'people'>): Generator<void, void, void> {
  const random = createRandom(size === 'large' ? 16_002 : 16_001);
  const today = todayIso(now);
  const count = size === 'large' ? 20_000 : 48;
  // The large seed spreads its complaints over five years; the demo's over the last eight months.
  const spanDays = size === 'large' ? 5 * 365 : 240;
  const assignees = ['p-officer', ...people.slice(4, 7).map((p) => p.id)];
  const plans: Plan[] = [...NAMED];
  for (let index = plans.length; index < count; index++) {
    plans.push(generated(random, index, Math.floor(((count - index) / count) * spanDays), assignees));
  }
  const dates = new Map<number, string>();
  const day = (offset: number) => {
    let date = dates.get(offset);
    if (date === undefined) dates.set(offset, (date = addDays(today, offset)));
    return date;
  };
  // References are numbered per year in the order complaints arrived.
  const order = plans
    .map((plan, index) => ({ plan, index }))
    .sort((a, b) => b.plan.received - a.plan.received || a.index - b.index);
  const references = new Map<string, number>();
  const records: ComplaintRecord[] = [];
  for (const [n, { plan, index }] of order.entries()) {
    if (n % 1000 === 999) yield; // a slice at a time in the browser's background seed (see warmUp)
    records.push(build(plan, index, day, references));
  }
  complaints.load(records);
  complaintSettings.load([
    {
      id: SETTINGS_ID,
      ...DEFAULT_DEADLINE_SETTINGS,
      version: 1,
      updatedAt: `${addDays(today, -200)}T09:00:00.000Z`,
    },
  ]);
}

defineSeed('complaints', seedComplaints, [complaints, complaintSettings]);
