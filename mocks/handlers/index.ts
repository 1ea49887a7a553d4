// Every module's handlers, in one list shared by the browser worker, the Node tests and the benchmarks.
import { baseHandlers } from './base';

export const handlers = [...baseHandlers];
