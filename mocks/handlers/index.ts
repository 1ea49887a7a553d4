// Every module's handlers, in one list shared by the browser worker, the Node tests and the benchmarks.
import { baseHandlers } from './base';
import { visitHandlers } from './visits';
import { processorHandlers } from './processors';
import { complaintHandlers } from './complaints';
import { policyHandlers } from './policies';
import { riskHandlers } from './risks';
import { preferenceHandlers } from './preferences';
import { auditHandlers } from './audit';
import { dashboardHandlers } from './dashboard';
import { registerInternalHandlers } from './internal-requests';

export const handlers = [
  ...baseHandlers,
  ...preferenceHandlers,
  ...visitHandlers,
  ...processorHandlers,
  ...riskHandlers,
  ...policyHandlers,
  ...complaintHandlers,
  ...auditHandlers,
  ...dashboardHandlers,
];

registerInternalHandlers(handlers);
