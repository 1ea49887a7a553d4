// The complaints module's clocks, worked out by features/complaints/model/rules.ts on fixed dates: month ends,
// weekends, each jurisdiction's public holidays, extensions, and the regulator's deadline.
import {
  addBusinessDays,
  complaintDeadlineStatus,
  computeDeadlines as compute,
  deadlineDisplay,
  deadlineStatus,
  DEFAULT_DEADLINE_SETTINGS,
  jurisdictionOf,
  mayMove,
  movesOf,
  nextDeadlineOf,
  RESPONSE_RULES,
  statusAfter,
  type DeadlineFacts,
  type DeadlineSettings,
} from '@/features/complaints/model/rules';
import { sayDeep } from '../../../mocks/i18n/complaints-messages';
import {
  calendarFor,
  HOLIDAY_CALENDARS,
  holidaySet,
  isBusinessDay,
  type HolidayCalendar,
} from '@/features/complaints/model/holidays';
import { addDays } from '@/shared/model/dates';
import { suggestedRegulator, suggestedRegulators, REGULATORS } from '@/features/complaints/model/regulators';

/** The deadlines with their basis said (it is a message reference, said per reader) in English. */
const computeDeadlines = (f: DeadlineFacts, settings: DeadlineSettings) =>
  compute(f, settings).map((d) => ({ ...d, basis: sayDeep(d.basis, 'en') }));

const facts = (overrides: Partial<DeadlineFacts>): DeadlineFacts => ({
  receivedDate: '2026-06-01',
  complainantCountry: 'CA',
  complainantRegion: 'QC',
  acknowledgedOn: null,
  extension: null,
  resolution: null,
  closure: null,
  escalation: null,
  ...overrides,
});

const deadline = (f: Partial<DeadlineFacts>, kind: 'acknowledgement' | 'response' | 'regulator') =>
  computeDeadlines(facts(f), DEFAULT_DEADLINE_SETTINGS).find((d) => d.kind === kind);

describe('which law applies', () => {
  it.each([
    ['CA', 'QC', 'quebec'],
    ['CA', 'ON', 'pipeda'],
    ['US', 'CA', 'ccpa'],
    ['US', 'NY', 'other'],
    ['FR', null, 'gdpr'],
    ['NO', null, 'gdpr'],
    ['GB', null, 'uk_gdpr'],
    ['AU', null, 'other'],
  ] as const)('%s-%s is under %s', (country, region, expected) => {
    expect(jurisdictionOf(country, region)).toBe(expected);
  });

  it('names a source for every rule in the table', () => {
    for (const rule of Object.values(RESPONSE_RULES)) expect(rule.source).toMatch(/\w/);
  });
});

describe('response deadlines', () => {
  it('gives 30 days under Quebec’s Law 25, moved off Canada Day (a Quebec holiday), and says why', () => {
    const response = deadline({ receivedDate: '2026-06-01' }, 'response')!;
    expect(response.due).toBe('2026-07-02');
    expect(response.basis).toContain('30 days from receipt on Jun 1, 2026 under Quebec’s Law 25');
    expect(response.basis).toContain('Jul 1, 2026 is a public holiday (Quebec)');
  });

  it('gives one month under the GDPR: Jan 31 lands on Feb 28, a Saturday, so on Monday Mar 2', () => {
    const response = deadline(
      { receivedDate: '2026-01-31', complainantCountry: 'DE', complainantRegion: null },
      'response',
    )!;
    expect(response.due).toBe('2026-03-02');
    expect(response.basis).toContain('its last day');
    expect(response.basis).toContain('Feb 28, 2026 is a Saturday');
  });

  it('keeps Feb 29 in a leap year', () => {
    expect(
      deadline({ receivedDate: '2028-01-31', complainantCountry: 'FR', complainantRegion: null }, 'response')!
        .due,
    ).toBe('2028-02-29');
  });

  it('extends a GDPR response by two months, with the reason in the basis', () => {
    const response = deadline(
      {
        receivedDate: '2026-01-31',
        complainantCountry: 'FR',
        complainantRegion: null,
        extension: { reason: 'Data held by two processors.', extendedOn: '2026-02-10' },
      },
      'response',
    )!;
    expect(response.due).toBe('2026-04-30');
    expect(response.basis).toContain('3 months from receipt');
    expect(response.basis).toContain('Data held by two processors.');
  });

  it('skips Good Friday and Easter Monday under the UK GDPR', () => {
    expect(
      deadline({ receivedDate: '2026-03-03', complainantCountry: 'GB', complainantRegion: null }, 'response')!
        .due,
    ).toBe('2026-04-07');
  });

  it('skips Christmas and the Boxing Day substitute under PIPEDA', () => {
    expect(deadline({ receivedDate: '2026-11-25', complainantRegion: 'ON' }, 'response')!.due).toBe(
      '2026-12-29',
    );
  });

  it('counts 45 calendar days under the CCPA, a Saturday included', () => {
    const response = deadline(
      { receivedDate: '2026-03-04', complainantCountry: 'US', complainantRegion: 'CA' },
      'response',
    )!;
    expect(response.due).toBe('2026-04-18');
    expect(response.basis).toContain('Cal. Civ. Code § 1798.130(a)(2)');
  });

  it('uses the configurable default elsewhere', () => {
    const [, response] = computeDeadlines(
      facts({ receivedDate: '2026-06-01', complainantCountry: 'AU', complainantRegion: null }),
      { acknowledgementBusinessDays: 5, defaultResponseDays: 20 },
    );
    expect(response!.due).toBe('2026-06-22');
    expect(response!.basis).toContain('20 days');
  });

  it('is met by the response sent, and only by it', () => {
    expect(deadline({ resolution: { responseDate: '2026-06-20' } }, 'response')!.metOn).toBe('2026-06-20');
  });

  // A closing sends nothing: the clock stops there, unmet, and never reads as "Met".
  it('stops at closing without being met when nothing was sent', () => {
    const closed = deadline({ closure: { closedOn: '2026-06-25' } }, 'response')!;
    expect(closed).toMatchObject({ metOn: null, stoppedOn: '2026-06-25' });
    expect(deadlineStatus(closed, '2026-09-01')).not.toBe('met');
    expect(deadlineDisplay({ ...closed, status: 'on_track' }, '2026-06-25')).toBe('stopped');
    const all = compute(facts({ closure: { closedOn: '2026-06-25' } }), DEFAULT_DEADLINE_SETTINGS);
    expect(nextDeadlineOf(all)).toBeNull();
    // Missed before the closing: it stands overdue as of that day, not met.
    const late = deadline({ receivedDate: '2026-06-01', closure: { closedOn: '2026-08-01' } }, 'response')!;
    expect(deadlineStatus(late, '2026-09-01')).toBe('overdue');
  });

  it('says a deadline met after its date is late, not met', () => {
    const ack = deadline({ receivedDate: '2026-06-01', acknowledgedOn: '2026-06-15' }, 'acknowledgement')!;
    expect(ack.due).toBe('2026-06-08');
    expect(deadlineDisplay({ ...ack, status: 'met' }, null)).toBe('met_late');
    const onTime = deadline({ receivedDate: '2026-06-01', acknowledgedOn: '2026-06-05' }, 'acknowledgement')!;
    expect(deadlineDisplay({ ...onTime, status: 'met' }, null)).toBe('met');
  });

  it('says why in French too', () => {
    const basis = compute(facts({ receivedDate: '2026-06-01' }), DEFAULT_DEADLINE_SETTINGS).find(
      (d) => d.kind === 'response',
    )!.basis;
    const french = sayDeep(basis, 'fr');
    expect(french).toContain(
      '30 jours à compter de la réception le 2026-06-01, en vertu de la Loi 25 du Québec',
    );
    expect(french).toContain('Le 2026-07-01 est un jour férié (Québec)');
  });
});

describe('acknowledgement within 5 business days', () => {
  it('skips the weekend and Quebec’s Fête nationale', () => {
    expect(deadline({ receivedDate: '2026-06-19' }, 'acknowledgement')!.due).toBe('2026-06-29');
  });

  it('skips Thanksgiving for a Californian', () => {
    expect(addBusinessDays('2026-11-25', 5, calendarFor('US', 'CA'))).toBe('2026-12-03');
  });

  it('counts weekends only where no holiday calendar is known, and says so', () => {
    const ack = deadline(
      { receivedDate: '2026-12-24', complainantCountry: 'AU', complainantRegion: null },
      'acknowledgement',
    )!;
    expect(ack.due).toBe('2026-12-31');
    expect(ack.basis).toContain('no holiday calendar known');
  });

  it('lands where counting day by day on the calendar lands, every day of ten years, in every calendar', () => {
    // The rule counted the plain way: one calendar date after another, each weekend and holiday skipped.
    const byHand = (from: string, days: number, calendar: HolidayCalendar | null) => {
      let date = from;
      for (let counted = 0; counted < days;) {
        date = addDays(date, 1);
        if (isBusinessDay(date, calendar)) counted += 1;
      }
      return date;
    };
    const calendars = [null, ...(Object.keys(HOLIDAY_CALENDARS) as HolidayCalendar[])];
    for (let from = '2021-01-01'; from < '2031-01-01'; from = addDays(from, 1)) {
      for (const calendar of calendars) {
        for (const days of [1, 5, 10]) {
          const counted = addBusinessDays(from, days, calendar);
          if (counted !== byHand(from, days, calendar)) {
            expect({ from, days, calendar, counted }).toEqual({
              from,
              days,
              calendar,
              counted: byHand(from, days, calendar),
            });
          }
        }
      }
    }
  });

  it('follows the configured number of business days', () => {
    const [ack] = computeDeadlines(facts({ receivedDate: '2026-06-01' }), {
      acknowledgementBusinessDays: 2,
      defaultResponseDays: 30,
    });
    expect(ack!.due).toBe('2026-06-03');
  });
});

describe('holiday calendars', () => {
  it('computes Easter-based and weekday-based holidays', () => {
    const ca = holidaySet('CA', 2026);
    expect(ca.has('2026-04-03')).toBe(true); // Good Friday
    expect(ca.has('2026-05-18')).toBe(true); // Victoria Day: the Monday before May 25
    expect(ca.has('2026-10-12')).toBe(true); // Thanksgiving: second Monday of October
    expect(holidaySet('US', 2026).has('2026-07-03')).toBe(true); // July 4th on a Saturday, observed Friday
    expect(holidaySet('CA-QC', 2026).has('2026-06-24')).toBe(true);
  });
});

describe('regulator deadline', () => {
  const escalation = {
    regulatorId: 'ca-qc-cai',
    regulatorReference: '1034567-J',
    regulatorDeadline: '2026-07-15',
    deadlineSetOn: '2026-06-10',
    correspondence: [] as { date: string; direction: 'in' | 'out' }[],
  };

  it('is set by the regulator and met by our reply', () => {
    expect(deadline({ escalation }, 'regulator')).toMatchObject({ due: '2026-07-15', metOn: null });
    expect(deadline({ escalation }, 'regulator')!.basis).toBe(
      'Set by the Commission d’accès à l’information du Québec (CAI) (reference 1034567-J); met by our reply to it.',
    );
    const replied = { ...escalation, correspondence: [{ date: '2026-06-30', direction: 'out' as const }] };
    expect(deadline({ escalation: replied }, 'regulator')!.metOn).toBe('2026-06-30');
  });

  it('is not met by a letter from the regulator', () => {
    const letter = { ...escalation, correspondence: [{ date: '2026-06-30', direction: 'in' as const }] };
    expect(deadline({ escalation: letter }, 'regulator')!.metOn).toBeNull();
  });
});

describe('the workflow', () => {
  const complaint = (status: Parameters<typeof movesOf>[0]['status'], more = {}) => ({
    status,
    acknowledgedOn: null,
    resolution: null,
    ...more,
  });

  it('lets an escalated complaint still record the acknowledgement and the response, and close', () => {
    expect(movesOf(complaint('escalated'))).toEqual(['acknowledged', 'resolved', 'closed']);
    expect(statusAfter('escalated', 'acknowledged')).toBe('escalated');
    expect(statusAfter('escalated', 'resolved')).toBe('escalated');
    expect(statusAfter('escalated', 'closed')).toBe('closed');
  });

  it('records each of them once', () => {
    const acknowledged = complaint('escalated', { acknowledgedOn: '2026-06-03' });
    expect(mayMove(acknowledged, 'acknowledged')).toBe(false);
    expect(movesOf(complaint('escalated', { acknowledgedOn: '2026-06-03', resolution: {} }))).toEqual([
      'closed',
    ]);
  });

  it('keeps the usual order elsewhere', () => {
    expect(movesOf(complaint('received'))).toEqual(['acknowledged']);
    expect(mayMove(complaint('received'), 'resolved')).toBe(false);
  });
});

describe('overdue and due this week', () => {
  it.each([
    ['2026-06-09', 'overdue'],
    ['2026-06-10', 'due_soon'],
    ['2026-06-16', 'due_soon'],
    ['2026-06-17', 'on_track'],
    [null, 'none'],
  ] as const)('a next deadline of %s on Jun 10 is %s', (due, status) => {
    expect(complaintDeadlineStatus(due, '2026-06-10')).toBe(status);
  });
});

describe('the regulator directory', () => {
  it('has the FTC, the OPC, the provincial commissioners, the ICO and every EU/EEA authority', () => {
    const ids = REGULATORS.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['us-ftc', 'ca-opc', 'ca-qc-cai', 'ca-ab-oipc', 'ca-bc-oipc', 'gb-ico']),
    );
    expect(REGULATORS.filter((r) => !['CA', 'US', 'GB'].includes(r.country))).toHaveLength(30);
  });

  it('suggests the complainant’s own regulator first: the CAI for Quebec, then the OPC', () => {
    expect(
      suggestedRegulators('CA', 'QC')
        .slice(0, 2)
        .map((r) => r.id),
    ).toEqual(['ca-qc-cai', 'ca-opc']);
    expect(suggestedRegulator('CA', 'ON')?.id).toBe('ca-opc');
    expect(suggestedRegulator('IE', null)?.id).toBe('ie-dpc');
    expect(suggestedRegulator('AU', null)).toBeUndefined();
  });
});
