import { describe, expect, it } from 'vitest';
import { CONTRACT_LABELS, PROCESSOR_LABELS, REVIEW_LABELS } from '@/features/processors/model/labels';
import { fieldLabel, mergeLabels, valueLabel } from '@/shared/labels/record-labels';

describe('record labels: one declaration, read the same everywhere', () => {
  it('names fields, rows of repeated sections and their inner fields', () => {
    expect(fieldLabel(PROCESSOR_LABELS, 'riskTier')).toBe('Risk tier');
    expect(fieldLabel(PROCESSOR_LABELS, 'locations.1.transferMechanism')).toBe(
      'Location 2: transfer mechanism',
    );
    expect(fieldLabel(PROCESSOR_LABELS, 'subProcessors.0.name')).toBe('Sub-processor 1: name');
    expect(fieldLabel(REVIEW_LABELS, 'remediationActions.2.dueDate')).toBe('Action 3: due date');
    expect(fieldLabel(CONTRACT_LABELS, 'clauses.auditRights')).toBe('Audit and inspection rights');
    expect(fieldLabel(PROCESSOR_LABELS, 'unknownField')).toBe('unknownField');
  });

  it('reads values as the screen shows them: labels, dates, Yes/No, structured values in words', () => {
    expect(valueLabel(PROCESSOR_LABELS, 'status', 'onboarding')).toBe('Onboarding');
    expect(valueLabel(PROCESSOR_LABELS, 'dataSubjects', ['customers', 'children'])).toBe(
      'Customers, Children',
    );
    expect(valueLabel(PROCESSOR_LABELS, 'country', 'DE')).toBe('Germany');
    expect(
      valueLabel(PROCESSOR_LABELS, 'locations', [{ country: 'US', transferMechanism: 'privacy_shield' }]),
    ).toMatch(/^United States: .*Privacy Shield/);
    expect(valueLabel(PROCESSOR_LABELS, 'locations', [{ country: 'CA', transferMechanism: null }])).toBe(
      'Canada: no transfer',
    );
    expect(valueLabel(PROCESSOR_LABELS, 'subProcessors', [])).toBe('(none)');
    expect(valueLabel(PROCESSOR_LABELS, 'contactPhone', null)).toBe('(empty)');
    expect(valueLabel(CONTRACT_LABELS, 'autoRenew', true)).toBe('Yes');
    const clauses = Object.fromEntries(
      ['documentedInstructions', 'confidentiality', 'securityMeasures', 'subProcessorConditions'].map((c) => [
        c,
        true,
      ]),
    );
    expect(
      valueLabel(CONTRACT_LABELS, 'clauses', {
        ...clauses,
        dataSubjectRights: true,
        breachNotification: false,
        deletionOrReturn: true,
        auditRights: false,
      }),
    ).toMatch(/^Missing: .*breach.*; .*audit/i);
    // No ISO timestamps with milliseconds: an instant reads as a date and time.
    expect(valueLabel(PROCESSOR_LABELS, 'updatedAt', '2026-11-20T09:30:00.000Z')).not.toContain('T09');
    expect(valueLabel(PROCESSOR_LABELS, 'nextReviewDue', '2026-11-30')).not.toBe('2026-11-30');
  });

  it('merges the labels of records shown together', () => {
    const merged = mergeLabels(REVIEW_LABELS, PROCESSOR_LABELS);
    expect(fieldLabel(merged, 'outcome')).toBe('Outcome');
    expect(valueLabel(merged, 'riskTier', 'high')).toBe('High');
  });
});
