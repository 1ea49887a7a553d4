// The browser's large seed fills each module on first use or a slice at a time in the background (warmUp),
// whichever comes first. Either way a list must answer the same records as a seed filled all at once.
import { seedDatabase, warmUp } from '../../mocks/store/db';
import { anonymise, visits } from '../../mocks/store/visits';
import { processors } from '../../mocks/store/processors';
import { complaints } from '../../mocks/store/complaints';
import { risks } from '../../mocks/store/risks';

const NOW = new Date('2026-11-27T16:00:00Z');

function firstPages() {
  return {
    visits: visits.list({ page: 3, pageSize: 5 }).items.map((visit) => visit.id),
    visitsByName: visits.list({ page: 1, pageSize: 5, sort: { key: 'name', descending: false } }).items,
    visitTotal: visits.size,
    processors: processors.list({ page: 2, pageSize: 5 }).items.map((processor) => processor.name),
    processorTotal: processors.size,
    complaints: complaints.list({ page: 4, pageSize: 5 }).items.map((complaint) => complaint.reference),
    complaintTotal: complaints.size,
    risks: risks.list({ page: 2, pageSize: 5 }).items.map((risk) => risk.reference),
    riskTotal: risks.size,
  };
}

describe('the large mock seed', () => {
  let eager: ReturnType<typeof firstPages>;
  beforeAll(() => {
    seedDatabase('large', NOW);
    eager = firstPages();
  });

  it('has 100,000 visits, 2,000 processors and 5,000 risks, visits sorted case-insensitively by name', () => {
    expect(eager.visitTotal).toBe(100_000);
    expect(eager.processorTotal).toBe(2_000);
    expect(eager.complaintTotal).toBe(20_000);
    expect(eager.riskTotal).toBe(5_000);
    // Every risk has its timeline, and the register mixes every status with actions (the setup seeds the demo
    // data before each test, so the large seed is looked at again here).
    seedDatabase('large', NOW);
    const all = [...risks.all()];
    expect(all.every((risk) => risk.timeline.length >= 1 && risk.timeline[0]!.action === 'created')).toBe(
      true,
    );
    expect(new Set(all.map((risk) => risk.status))).toEqual(
      new Set(['draft', 'in_review', 'changes_requested', 'approved']),
    );
    expect(all.filter((risk) => risk.actions.length > 0).length).toBeGreaterThan(3_500);
    const names = eager.visitsByName.map((visit) => visit.nameLower);
    expect(names).toEqual([...names].sort());
  });

  it('hands over the check-in order exactly as a sort of the timestamps would build it', () => {
    seedDatabase('large', NOW);
    const byCheckIn = [...visits.all()].sort((a, b) =>
      a.checkedInMs !== b.checkedInMs ? a.checkedInMs - b.checkedInMs : a.id < b.id ? -1 : 1,
    );
    const listed = visits.list({
      page: 1,
      pageSize: 100_000,
      sort: { key: 'checkedInAt', descending: false },
    }).items;
    expect(listed.map((visit) => visit.id)).toEqual(byCheckIn.map((visit) => visit.id));
  });

  it('sorts by a column of few values (the site) with ties by id, in either direction', () => {
    seedDatabase('large', NOW, { lazy: true });
    const bySite = visits.list({ page: 1, pageSize: 100_000, sort: { key: 'siteId', descending: false } });
    const inOrder = bySite.items.every((visit, index, all) => {
      const before = all[index - 1];
      return (
        !before || before.siteId < visit.siteId || (before.siteId === visit.siteId && before.id < visit.id)
      );
    });
    expect(inOrder).toBe(true);
    const descending = visits.list({ page: 1, pageSize: 3, sort: { key: 'siteId', descending: true } }).items;
    expect(descending.map((visit) => visit.id)).toEqual(
      bySite.items
        .slice(-3)
        .reverse()
        .map((visit) => visit.id),
    );
  });

  it('answers the same when each module is filled on first use', () => {
    seedDatabase('large', NOW, { lazy: true });
    expect(firstPages()).toEqual(eager);
  });

  it('answers the same when the background warm-up is interrupted by a request, and finishes it', () => {
    seedDatabase('large', NOW, { lazy: true });
    const slices: (() => void)[] = [];
    warmUp((next) => slices.push(next));
    // A few slices into the first module's seed, a request arrives and fills what is left at once.
    for (let step = 0; step < 3; step++) slices.shift()!();
    expect(firstPages()).toEqual(eager);
    // The warm-up then goes on (sort orders, id indexes) without loading anything twice.
    let ran = 0;
    while (slices.length > 0 && ran < 1000) {
      slices.shift()!();
      ran++;
    }
    expect(slices).toHaveLength(0);
    expect(firstPages()).toEqual(eager);
  });

  it('keeps the records a first page built before the rest, so writes to them find them', () => {
    seedDatabase('large', NOW, { lazy: true });
    const newest = visits.list({ page: 1, pageSize: 25 }).items[0]!;
    visits.replace(anonymise(newest));
    expect(visits.get(newest.id)!.anonymised).toBe(true);
    expect(visits.list({ page: 1, pageSize: 25 }).items[0]).toMatchObject({
      id: newest.id,
      anonymised: true,
    });
    expect(visits.size).toBe(100_000);
  });

  it('stops a warm-up when the database is seeded again', () => {
    seedDatabase('large', NOW, { lazy: true });
    const slices: (() => void)[] = [];
    warmUp((next) => slices.push(next));
    slices.shift()!();
    seedDatabase('demo', NOW);
    const demoVisits = visits.size;
    while (slices.length > 0) slices.shift()!();
    expect(visits.size).toBe(demoVisits);
  });
});
