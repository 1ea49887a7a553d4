// Processors seed. The demo seed starts with the processors the privacy policy itself names: AWS hosting personal
// data, its US transfer still recorded under the EU-US Privacy Shield exactly as the policy states (so that flag
// shows on first run), the payment provider and the email provider. Then a fixed cast whose ids and situations tests
// and demos can rely on (each flag appears at least once), then realistic others. The large seed makes 2,000.
import { DEFAULT_REVIEW_CADENCE } from '@/features/processors/model/rules';
import { addDays, addMonths } from '@/shared/model/dates';
import {
  type ContractInput,
  type ProcessorInput,
  type ReviewInput,
} from '@/features/processors/model/schemas';
import { defineSeed, type SeedContext } from '../store/db';
import type { Random } from './random';
import {
  CADENCE_ID,
  processorContracts,
  processorReviews,
  processors,
  reviewCadence,
  todayIso,
  withDigest,
  type ContractRecord,
  type ProcessorRecord,
  type ReviewRecord,
} from '../store/processors';

const ALL_CLAUSES: ContractInput['clauses'] = {
  documentedInstructions: true,
  confidentiality: true,
  securityMeasures: true,
  subProcessorConditions: true,
  dataSubjectRights: true,
  breachNotification: true,
  deletionOrReturn: true,
  auditRights: true,
};

interface ContractPlan {
  /** Days from today (negative = past). */
  start: number;
  end: number;
  autoRenew?: boolean;
  missing?: (keyof ContractInput['clauses'])[];
  reference?: string;
}

interface ReviewPlan {
  /** Days from today (negative = past). */
  at: number;
  outcome: ReviewInput['outcome'];
  findings?: string;
  actions?: { description: string; due: number; done: boolean }[];
}

interface ProcessorPlan {
  id: string;
  input: ProcessorInput;
  /** Days since registration. */
  registered: number;
  contracts: ContractPlan[];
  reviews: ReviewPlan[];
}

function contact(name: string, domain: string, phone: string | null = null) {
  const [first = '', last = ''] = name.toLowerCase().split(' ');
  return { contactName: name, contactEmail: `${first}.${last}@${domain}`, contactPhone: phone };
}

/** The fixed cast: every rule of the module shows on at least one of them. */
const NAMED: ProcessorPlan[] = [
  {
    id: 'proc-aws',
    registered: 2400,
    input: {
      name: 'Amazon Web Services (AWS)',
      services: 'Cloud hosting of the websites, the companion app back end and the customer database.',
      ...contact('Jordan Ellis', 'aws-example.com', '+1 206 555 0100'),
      country: 'US',
      status: 'active',
      riskTier: 'high',
      riskReason: 'Hosts all customer and account data, including payment references.',
      dataCategories: [
        'contact_details',
        'account_credentials',
        'app_usage',
        'purchase_history',
        'location',
        'device_identifiers',
      ],
      dataSubjects: ['customers', 'staff'],
      // As the policy states it: the US transfer still recorded under the Privacy Shield.
      locations: [
        { country: 'CA', transferMechanism: null },
        { country: 'US', transferMechanism: 'privacy_shield' },
        { country: 'IE', transferMechanism: 'standard_contractual_clauses' },
      ],
      subProcessors: [],
    },
    contracts: [
      { start: -2400, end: -1300, reference: 'DPA-AWS-2020' },
      { start: -1300, end: 300, autoRenew: true, reference: 'DPA-AWS-2023' },
    ],
    reviews: [
      { at: -460, outcome: 'compliant' },
      {
        at: -90,
        outcome: 'compliant',
        findings: 'SOC 2 Type II report reviewed; no exceptions relevant to our workloads.',
      },
    ],
  },
  {
    id: 'proc-payments',
    registered: 1800,
    input: {
      name: 'Maplepay Payments Inc.',
      services: 'Card payment processing for web and app orders, refunds and chargebacks.',
      ...contact('Priya Raman', 'maplepay.example', '+1 416 555 0142'),
      country: 'CA',
      status: 'active',
      riskTier: 'high',
      riskReason: 'Processes card payment data (PCI DSS scope).',
      dataCategories: ['payment_data', 'contact_details', 'purchase_history'],
      dataSubjects: ['customers'],
      locations: [
        { country: 'CA', transferMechanism: null },
        { country: 'US', transferMechanism: 'eu_us_dpf' },
      ],
      subProcessors: [{ name: 'Interac Acquiring Network', service: 'Debit routing', country: 'CA' }],
    },
    contracts: [{ start: -700, end: 400, reference: 'DPA-PAY-2024' }],
    reviews: [{ at: -60, outcome: 'compliant', findings: 'PCI DSS attestation of compliance current.' }],
  },
  {
    id: 'proc-email',
    registered: 1500,
    input: {
      name: 'Postlane Email Delivery',
      services: 'Transactional and marketing email delivery, bounce and unsubscribe handling.',
      ...contact('Luc Tremblay', 'postlane.example'),
      country: 'US',
      status: 'active',
      riskTier: 'medium',
      riskReason: null,
      dataCategories: ['contact_details', 'marketing_preferences'],
      dataSubjects: ['customers'],
      locations: [{ country: 'US', transferMechanism: 'standard_contractual_clauses' }],
      subProcessors: [{ name: 'Amazon Web Services', service: 'Hosting', country: 'US' }],
    },
    contracts: [{ start: -700, end: 45, missing: ['auditRights'], reference: 'DPA-EML-2024' }],
    reviews: [{ at: -200, outcome: 'compliant' }],
  },
  {
    id: 'proc-kids-club',
    registered: 500,
    input: {
      name: 'Little Chefs Club Platform',
      services:
        'Hosts the children’s cooking club: sign-ups, recipes shared by young members, newsletters to parents.',
      ...contact('Maya Chen', 'littlechefs.example'),
      country: 'CA',
      status: 'active',
      riskTier: 'low',
      riskReason: null,
      dataCategories: ['contact_details', 'app_usage'],
      dataSubjects: ['children', 'customers'],
      locations: [{ country: 'CA', transferMechanism: null }],
      subProcessors: [],
    },
    contracts: [{ start: -480, end: 600, reference: 'DPA-LCC-2025' }],
    reviews: [{ at: -120, outcome: 'compliant' }],
  },
  {
    id: 'proc-gift-cards',
    registered: 900,
    input: {
      name: 'Giftcard Hub',
      services: 'Sells and redeems gift cards for the online store.',
      ...contact('Owen Walsh', 'giftcardhub.example'),
      country: 'CA',
      status: 'active',
      riskTier: 'low',
      riskReason: '',
      dataCategories: ['payment_data', 'contact_details'],
      dataSubjects: ['customers'],
      locations: [{ country: 'CA', transferMechanism: null }],
      subProcessors: [],
    },
    contracts: [{ start: -880, end: 500, autoRenew: true }],
    reviews: [{ at: -400, outcome: 'compliant' }],
  },
  {
    id: 'proc-school-workshops',
    registered: 700,
    input: {
      name: 'Kitchen Classroom Workshops',
      services: 'Runs in-store cooking workshops for school groups; keeps first names and allergy notes.',
      ...contact('Rosa Garcia', 'kitchenclassroom.example'),
      country: 'CA',
      status: 'active',
      riskTier: 'low',
      riskReason: 'First names only, kept for the day of the workshop and deleted within a week.',
      dataCategories: ['contact_details'],
      dataSubjects: ['children', 'visitors'],
      locations: [{ country: 'CA', transferMechanism: null }],
      subProcessors: [],
    },
    contracts: [{ start: -650, end: 500 }],
    reviews: [{ at: -300, outcome: 'compliant' }],
  },
  {
    id: 'proc-lapsed-contract',
    registered: 1600,
    input: {
      name: 'Northern Freight Logistics',
      services: 'Home delivery and installation of large appliances.',
      ...contact('Ben Abbott', 'northernfreight.example', '+1 514 555 0199'),
      country: 'CA',
      status: 'active',
      riskTier: 'medium',
      riskReason: null,
      dataCategories: ['contact_details', 'location'],
      dataSubjects: ['customers'],
      locations: [{ country: 'CA', transferMechanism: null }],
      subProcessors: [],
    },
    contracts: [{ start: -1500, end: -40, reference: 'DPA-NFL-2021' }],
    reviews: [{ at: -250, outcome: 'compliant' }],
  },
  {
    id: 'proc-overdue-review',
    registered: 1100,
    input: {
      name: 'Brightdesk CRM',
      services: 'Customer relationship management for the sales and customer care teams.',
      ...contact('Elena Petrov', 'brightdesk.example'),
      country: 'IE',
      status: 'active',
      riskTier: 'high',
      riskReason: 'Holds the full customer history and support notes.',
      dataCategories: ['contact_details', 'purchase_history', 'support_communications'],
      dataSubjects: ['customers'],
      locations: [{ country: 'IE', transferMechanism: 'standard_contractual_clauses' }],
      subProcessors: [{ name: 'Microsoft Ireland', service: 'Hosting', country: 'IE' }],
    },
    contracts: [{ start: -1000, end: 700, autoRenew: true }],
    reviews: [{ at: -260, outcome: 'compliant' }],
  },
  {
    id: 'proc-never-reviewed',
    registered: 400,
    input: {
      name: 'Telemetry Labs Analytics',
      services: 'Product analytics for the companion app: feature usage, crashes, device models.',
      ...contact('Hiro Sato', 'telemetrylabs.example'),
      country: 'DE',
      status: 'active',
      riskTier: 'medium',
      riskReason: null,
      dataCategories: ['app_usage', 'device_identifiers'],
      dataSubjects: ['customers'],
      locations: [{ country: 'DE', transferMechanism: 'adequacy_decision' }],
      subProcessors: [],
    },
    contracts: [{ start: -380, end: 720 }],
    reviews: [],
  },
  {
    id: 'proc-remediation',
    registered: 1300,
    input: {
      name: 'Helpwise Support Desk',
      services: 'Ticketing and live chat for customer care.',
      ...contact('Farid Usman', 'helpwise.example'),
      country: 'GB',
      status: 'active',
      riskTier: 'medium',
      riskReason: null,
      dataCategories: ['contact_details', 'support_communications'],
      dataSubjects: ['customers'],
      locations: [{ country: 'GB', transferMechanism: 'adequacy_decision' }],
      subProcessors: [],
    },
    contracts: [{ start: -1200, end: 500, autoRenew: true, missing: ['deletionOrReturn'] }],
    reviews: [
      {
        at: -100,
        outcome: 'remediation_required',
        findings: 'Chat transcripts are kept indefinitely; the contract promises deletion after 24 months.',
        actions: [
          {
            description: 'Configure automatic deletion of transcripts older than 24 months.',
            due: -10,
            done: false,
          },
          { description: 'Add the deletion-or-return clause at the next amendment.', due: 80, done: false },
        ],
      },
    ],
  },
  {
    id: 'proc-non-compliant',
    registered: 1000,
    input: {
      name: 'Adwise Retargeting',
      services: 'Online advertising audiences built from website visits.',
      ...contact('Victor Roy', 'adwise.example'),
      country: 'US',
      status: 'suspended',
      riskTier: 'high',
      riskReason: 'Location and device data across sites.',
      dataCategories: ['device_identifiers', 'location', 'app_usage'],
      dataSubjects: ['customers'],
      locations: [{ country: 'US', transferMechanism: 'other' }],
      subProcessors: [],
    },
    contracts: [{ start: -950, end: 200, missing: ['auditRights', 'subProcessorConditions'] }],
    reviews: [
      {
        at: -30,
        outcome: 'non_compliant',
        findings: 'Shared audiences with an undisclosed sub-processor; processing suspended.',
        actions: [
          {
            description: 'Obtain written confirmation that shared audiences were deleted.',
            due: 20,
            done: false,
          },
        ],
      },
    ],
  },
  {
    id: 'proc-offboarded',
    registered: 2000,
    input: {
      name: 'Legacy Survey Co.',
      services: 'Customer satisfaction surveys (replaced in 2024).',
      ...contact('Grace Hughes', 'legacysurvey.example'),
      country: 'US',
      status: 'offboarded',
      riskTier: 'low',
      riskReason: null,
      dataCategories: ['contact_details'],
      dataSubjects: ['customers'],
      locations: [{ country: 'US', transferMechanism: 'privacy_shield' }],
      subProcessors: [],
    },
    contracts: [{ start: -2000, end: -600 }],
    reviews: [{ at: -900, outcome: 'compliant' }],
  },
  {
    id: 'proc-onboarding',
    registered: 10,
    input: {
      name: 'Cookwise Recipe Assistant',
      services: 'AI recipe suggestions in the companion app, from appliance usage.',
      ...contact('Nadia Singh', 'cookwise.example'),
      country: 'NL',
      status: 'onboarding',
      riskTier: 'medium',
      riskReason: null,
      dataCategories: ['app_usage'],
      dataSubjects: ['customers'],
      locations: [{ country: 'NL', transferMechanism: 'adequacy_decision' }],
      subProcessors: [],
    },
    contracts: [{ start: 20, end: 750 }],
    reviews: [],
  },
];

// Realistic others: name, services, country, tier, categories, subjects, processing locations.
type Template = [
  string,
  string,
  string,
  ProcessorInput['riskTier'],
  ProcessorInput['dataCategories'],
  ProcessorInput['dataSubjects'],
  string[],
];
const TEMPLATES: Template[] = [
  [
    'Payroll Nord',
    'Payroll, tax slips and benefits administration.',
    'CA',
    'high',
    ['employee_records', 'payment_data', 'contact_details'],
    ['staff'],
    ['CA'],
  ],
  [
    'Talentbridge Recruiting',
    'Applicant tracking for job openings.',
    'CA',
    'medium',
    ['contact_details', 'employee_records'],
    ['staff'],
    ['CA', 'US'],
  ],
  [
    'Clearcheck Background Screening',
    'Pre-employment background checks.',
    'CA',
    'high',
    ['employee_records', 'contact_details'],
    ['staff'],
    ['CA'],
  ],
  [
    'Gatehouse Visitor Systems',
    'Visitor sign-in kiosks at the offices.',
    'CA',
    'low',
    ['contact_details'],
    ['visitors'],
    ['CA'],
  ],
  [
    'Sentinel CCTV Services',
    'Video surveillance of warehouses and offices.',
    'CA',
    'medium',
    ['location'],
    ['staff', 'visitors'],
    ['CA'],
  ],
  [
    'Vaultline Backup',
    'Encrypted off-site backups of business systems.',
    'CA',
    'high',
    ['contact_details', 'account_credentials', 'employee_records'],
    ['customers', 'staff'],
    ['CA'],
  ],
  [
    'Textflow SMS',
    'Delivery and appointment text messages.',
    'US',
    'low',
    ['contact_details'],
    ['customers'],
    ['US'],
  ],
  [
    'Lingua Bridge Translation',
    'Translation of support replies and documents.',
    'FR',
    'low',
    ['support_communications'],
    ['customers'],
    ['FR'],
  ],
  [
    'Fraudshield Scoring',
    'Fraud scoring of online orders.',
    'US',
    'high',
    ['payment_data', 'device_identifiers', 'location'],
    ['customers'],
    ['US'],
  ],
  [
    'Loyalty Loop',
    'Points programme and member rewards.',
    'CA',
    'medium',
    ['contact_details', 'purchase_history', 'marketing_preferences'],
    ['customers'],
    ['CA'],
  ],
  [
    'Storefront Commerce Cloud',
    'E-commerce platform for the online store.',
    'CA',
    'high',
    ['contact_details', 'payment_data', 'purchase_history', 'account_credentials'],
    ['customers'],
    ['CA', 'US'],
  ],
  [
    'Crashlog Reporting',
    'Crash reports from the companion app.',
    'US',
    'low',
    ['device_identifiers', 'app_usage'],
    ['customers'],
    ['US'],
  ],
  [
    'Pushly Notifications',
    'Push notifications to the companion app.',
    'US',
    'low',
    ['device_identifiers'],
    ['customers'],
    ['US'],
  ],
  [
    'Helix IT Services',
    'Outsourced IT help desk for staff.',
    'IN',
    'medium',
    ['employee_records', 'account_credentials'],
    ['staff'],
    ['IN'],
  ],
  [
    'Shredright Document Destruction',
    'Secure shredding of paper records.',
    'CA',
    'low',
    ['employee_records', 'contact_details'],
    ['staff', 'customers'],
    ['CA'],
  ],
  [
    'Granite Audit LLP',
    'External financial audit.',
    'CA',
    'medium',
    ['employee_records', 'payment_data'],
    ['staff'],
    ['CA'],
  ],
  [
    'Evergreen Benefits',
    'Group health and dental benefits.',
    'CA',
    'high',
    ['employee_records', 'contact_details'],
    ['staff'],
    ['CA'],
  ],
  [
    'Wayfare Travel',
    'Business travel booking.',
    'CA',
    'low',
    ['contact_details', 'employee_records'],
    ['staff'],
    ['CA', 'US'],
  ],
  [
    'Expenso',
    'Expense claims and corporate cards.',
    'CA',
    'medium',
    ['payment_data', 'employee_records'],
    ['staff'],
    ['CA'],
  ],
  [
    'Keystone Identity',
    'Single sign-on and multi-factor authentication.',
    'US',
    'high',
    ['account_credentials', 'employee_records'],
    ['staff'],
    ['US', 'IE'],
  ],
  [
    'Printpost Mailing House',
    'Printing and mailing of warranty letters.',
    'CA',
    'low',
    ['contact_details'],
    ['customers'],
    ['CA'],
  ],
  [
    'Warrantly Registration',
    'Product registration and warranty claims.',
    'CA',
    'medium',
    ['contact_details', 'purchase_history'],
    ['customers'],
    ['CA'],
  ],
  [
    'Fixright Repair Network',
    'Network of certified repair technicians.',
    'CA',
    'medium',
    ['contact_details', 'location'],
    ['customers'],
    ['CA'],
  ],
  [
    'Chatterbox Bots',
    'Website chatbot for product questions.',
    'GB',
    'low',
    ['support_communications'],
    ['customers'],
    ['GB'],
  ],
  [
    'Survey Sparrow Feedback',
    'Post-purchase satisfaction surveys.',
    'AU',
    'low',
    ['contact_details', 'purchase_history'],
    ['customers'],
    ['AU'],
  ],
  [
    'Callvault Recording',
    'Call recording for customer care.',
    'US',
    'medium',
    ['support_communications', 'contact_details'],
    ['customers', 'staff'],
    ['US'],
  ],
  [
    'Mapline Geolocation',
    'Store locator and delivery-zone lookup.',
    'CH',
    'low',
    ['location'],
    ['customers'],
    ['CH'],
  ],
  [
    'Creative Harbour Agency',
    'Marketing campaigns and social media.',
    'CA',
    'low',
    ['contact_details', 'marketing_preferences'],
    ['customers'],
    ['CA'],
  ],
  [
    'Ledgerline Accounting',
    'Accounts payable and receivable.',
    'CA',
    'medium',
    ['payment_data'],
    ['customers'],
    ['CA'],
  ],
  [
    'Signwell E-Signature',
    'Electronic signature of contracts.',
    'US',
    'low',
    ['contact_details'],
    ['staff', 'customers'],
    ['US'],
  ],
];

const SUFFIXES = [
  'Inc.',
  'Ltd.',
  'Group',
  'Services',
  'Canada',
  'Europe',
  'Solutions',
  'Partners',
  'Systems',
  'Labs',
];
const FIRST = [
  'Alex',
  'Camille',
  'Dmitri',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Quentin',
  'Tara',
  'Uma',
  'Wen',
  'Yusuf',
  'Zoe',
];
const LAST = [
  'Bouchard',
  'Dubois',
  'Fischer',
  'Johansson',
  'Kowalski',
  'Lefebvre',
  'Murphy',
  'Nguyen',
  'Quinn',
  'Xu',
  'Young',
];
const ADEQUATE = new Set(['GB', 'CH', 'DE', 'FR', 'IE', 'NL', 'SE', 'IL', 'JP', 'NZ']);

function mechanismFor(
  country: string,
  random: Random,
): ProcessorInput['locations'][number]['transferMechanism'] {
  if (country === 'CA') return null;
  if (ADEQUATE.has(country)) return 'adequacy_decision';
  if (country === 'US')
    return random.pick([
      'eu_us_dpf',
      'standard_contractual_clauses',
      'standard_contractual_clauses',
    ] as const);
  return random.pick(['standard_contractual_clauses', 'binding_corporate_rules', 'other'] as const);
}

function generated(random: Random, index: number, large: boolean): ProcessorPlan {
  const template = TEMPLATES[index % TEMPLATES.length]!;
  const [baseName, services, country, tier, categories, subjects, locations] = template;
  const round = Math.floor(index / TEMPLATES.length);
  const name =
    round === 0
      ? baseName
      : `${baseName} ${SUFFIXES[round % SUFFIXES.length]}${large && round >= SUFFIXES.length ? ` ${round}` : ''}`;
  const status = random.chance(0.8)
    ? 'active'
    : random.pick(['onboarding', 'suspended', 'offboarded'] as const);
  const registered = random.int(120, 2500);
  const person = `${random.pick(FIRST)} ${random.pick(LAST)}`;
  const domain = `${baseName.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
  // Start from a contract in force, then make some expire, lapse or miss clauses.
  const contracts: ContractPlan[] = [];
  const firstStart = -registered;
  if (registered > 1100 && random.chance(0.6)) contracts.push({ start: firstStart, end: firstStart + 1000 });
  const currentStart = contracts.length ? firstStart + 1000 : firstStart;
  const roll = random.next();
  const end = roll < 0.08 ? random.int(-300, -5) : roll < 0.2 ? random.int(5, 89) : random.int(120, 1000);
  contracts.push({
    start: currentStart,
    end: Math.max(end, currentStart + 30),
    autoRenew: end > 0 && random.chance(0.3),
    missing: random.chance(0.15)
      ? [
          random.pick([
            'auditRights',
            'breachNotification',
            'subProcessorConditions',
            'deletionOrReturn',
          ] as const),
        ]
      : undefined,
  });
  const reviews: ReviewPlan[] = [];
  const reviewCount = random.int(0, 3);
  for (let r = reviewCount; r > 0; r--) {
    const at = -Math.min(registered - 30, r * random.int(150, 400));
    const outcomeRoll = random.next();
    const outcome =
      outcomeRoll < 0.8 ? 'compliant' : outcomeRoll < 0.95 ? 'remediation_required' : 'non_compliant';
    reviews.push({
      at,
      outcome,
      actions:
        outcome === 'compliant'
          ? []
          : [
              {
                description: 'Provide evidence of the missing control.',
                due: at + random.int(30, 120),
                done: random.chance(0.6),
              },
            ],
    });
  }
  return {
    id: `proc-${String(index + 1).padStart(4, '0')}`,
    registered,
    input: {
      name,
      services,
      ...contact(person, domain),
      country,
      status,
      riskTier: tier,
      riskReason: tier === 'low' && random.chance(0.5) ? 'Limited data, short retention.' : null,
      dataCategories: categories,
      dataSubjects: subjects,
      locations: locations.map((location) => ({
        country: location,
        transferMechanism: mechanismFor(location, random),
      })),
      subProcessors: random.chance(0.3)
        ? [{ name: 'Amazon Web Services', service: 'Hosting', country: 'US' }]
        : [],
    },
    contracts,
    reviews,
  };
}

/** One processor with its contracts and reviews; `day` is the date that many days from today. */
function build(plan: ProcessorPlan, day: (offset: number) => string, counter: { contracts: number }) {
  const createdAt = `${day(-plan.registered)}T09:00:00.000Z`;
  const code = plan.id
    .replace(/^proc-/, '')
    .toUpperCase()
    .slice(0, 6);
  const contracts: ContractRecord[] = plan.contracts.map((c, index) => {
    counter.contracts += 1;
    const clauses = { ...ALL_CLAUSES };
    for (const clause of c.missing ?? []) clauses[clause] = false;
    const startDate = day(c.start);
    const year = startDate.slice(0, 4);
    return {
      id: `dpa-${plan.id.replace(/^proc-/, '')}-${index + 1}`,
      processorId: plan.id,
      version: 1,
      reference: c.reference ?? `DPA-${code}-${year}-${counter.contracts}`,
      title: `Data processing agreement with ${plan.input.name}`,
      signedDate: day(c.start - 14),
      startDate,
      endDate: day(c.end),
      autoRenew: !!c.autoRenew,
      noticePeriodDays: c.autoRenew ? 90 : null,
      documentUrl: `https://contracts.example.com/dpa/${plan.id}/${index + 1}.pdf`,
      breachNotificationHours: clauses.breachNotification ? 72 : null,
      clauses,
      createdAt: `${day(c.start - 14)}T10:00:00.000Z`,
      updatedAt: `${day(c.start - 14)}T10:00:00.000Z`,
    };
  });
  const reviews: ReviewRecord[] = plan.reviews.map((r, index) => ({
    id: `review-${plan.id.replace(/^proc-/, '')}-${index + 1}`,
    processorId: plan.id,
    version: 1,
    reviewDate: day(r.at),
    reviewer: 'Olivia Ortiz',
    findings:
      r.findings ??
      (r.outcome === 'compliant'
        ? 'Questionnaire and evidence reviewed; controls in place.'
        : 'Gaps found in the evidence provided.'),
    outcome: r.outcome,
    remediationActions: (r.actions ?? []).map((a) => ({
      description: a.description,
      dueDate: day(a.due),
      done: a.done,
    })),
    createdAt: `${day(r.at)}T15:00:00.000Z`,
    updatedAt: `${day(r.at)}T15:00:00.000Z`,
  }));
  const lastWrite = [createdAt, ...contracts.map((c) => c.updatedAt)].sort().at(-1)!;
  const processor = withDigest(
    { ...plan.input, id: plan.id, version: 1, createdAt, updatedAt: lastWrite },
    contracts,
    reviews,
    DEFAULT_REVIEW_CADENCE,
  );
  return { processor, contracts, reviews };
}

export function* seedProcessors({
  random,
  size,
  now,
}: Pick<SeedContext, 'random' | 'size' | 'now'>): Generator<void, void, void> {
  const today = todayIso(now);
  const count = size === 'large' ? 2000 : 40;
  const plans = [...NAMED];
  for (let index = 0; plans.length < count; index++) plans.push(generated(random, index, size === 'large'));
  const counter = { contracts: 0 };
  const allProcessors: ProcessorRecord[] = [];
  const allContracts: ContractRecord[] = [];
  const allReviews: ReviewRecord[] = [];
  // Thousands of contracts and reviews share a few hundred dates: each is worked out once.
  const dates = new Map<number, string>();
  const day = (offset: number) => {
    let date = dates.get(offset);
    if (date === undefined) dates.set(offset, (date = addDays(today, offset)));
    return date;
  };
  for (const [index, plan] of plans.entries()) {
    if (index % 250 === 249) yield; // a slice at a time in the browser's background seed (see warmUp)
    const built = build(plan, day, counter);
    allProcessors.push(built.processor);
    allContracts.push(...built.contracts);
    allReviews.push(...built.reviews);
  }
  processors.load(allProcessors);
  processorContracts.load(allContracts);
  processorReviews.load(allReviews);
  reviewCadence.load([
    {
      id: CADENCE_ID,
      ...DEFAULT_REVIEW_CADENCE,
      version: 1,
      updatedAt: `${addMonths(today, -12)}T09:00:00.000Z`,
    },
  ]);
}

defineSeed('processors', seedProcessors, [processors, processorContracts, processorReviews, reviewCadence]);
