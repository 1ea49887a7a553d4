// Every module's handlers, in one list shared by the browser worker, the Node tests and the benchmarks.
import { baseHandlers } from './base';
import { visitHandlers } from './visits';
import { processorHandlers } from './processors';
import { policyHandlers } from './policies';

export const handlers = [...baseHandlers, ...visitHandlers, ...processorHandlers, ...policyHandlers];
