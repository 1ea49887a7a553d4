// The large seed's two years of audit history: 200,000 events in one intact hash chain, whose ids, places and
// times all sort alike (the trail's sort orders are then built in one pass, not a sort: the trail's cold load).
import { LARGE_AUDIT_EVENTS } from '../../mocks/seed/audit';
import { verifyRun, type ChainedAuditEvent } from '../../mocks/store/audit-chain';
import { auditEvents, seedDatabase } from '../../mocks/store/db';

describe('the large seed’s audit trail', () => {
  it('is one intact chain whose ids, places and times sort alike', () => {
    seedDatabase('large', new Date('2026-11-27T16:00:00Z'));
    const events = [...auditEvents.all()] as ChainedAuditEvent[];
    expect(events).toHaveLength(LARGE_AUDIT_EVENTS);
    let outOfStep = 0;
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!, events[i]!];
      if (!(a.id < b.id && a.seq + 1 === b.seq && a.at <= b.at)) outOfStep++;
    }
    expect(outOfStep).toBe(0);
    const newest = auditEvents.list({ page: 1, pageSize: 3, sort: { key: 'at', descending: true } }).items;
    expect(newest.map((e) => e.seq)).toEqual([
      LARGE_AUDIT_EVENTS,
      LARGE_AUDIT_EVENTS - 1,
      LARGE_AUDIT_EVENTS - 2,
    ]);
    expect(verifyRun(events, undefined)).toMatchObject({
      intact: true,
      checked: LARGE_AUDIT_EVENTS,
      problems: [],
    });
  }, 60_000);
});
