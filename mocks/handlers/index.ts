// Every module's handlers, in one list shared by the browser worker, the Node tests and the benchmarks.
import { baseHandlers } from './base';
import { visitHandlers } from './visits';
import { processorHandlers } from './processors';
import { complaintHandlers } from './complaints';
import { policyHandlers } from './policies';
import { riskHandlers } from './risks';
import { preferenceHandlers } from './preferences';
import { auditHandlers } from './audit';

export const handlers = [
  ...baseHandlers,
  ...preferenceHandlers,
  ...visitHandlers,
  ...processorHandlers,
  ...riskHandlers,
  ...policyHandlers,
  ...complaintHandlers,
  ...auditHandlers,
];
