// `npm run mock:server`: the mock backend over HTTP on 127.0.0.1, for a console built or served with
// VITE_API_BASE_URL pointing at it (README, "Three ways to run it").
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { mockConfig } from '../store/db';
import { createMockServer } from './app';
import { keepDatabaseIn, loadDatabase } from './persistence';

const HELP = `npm run mock:server -- [options]: the mock backend over HTTP on 127.0.0.1
  --port 4300              where it listens
  --origin URL             an origin the console is served from; repeatable
                           (default: the dev server's, http://127.0.0.1:5173 and http://localhost:5173)
  --data FILE              where the database is kept (default .mock-data/db.json)
  --reset                  start from the seed, whatever the file holds
  --seed demo|large        the demo seed, or the benchmark's 100,000 visits (rebuilt on each start)
  --cert FILE --key FILE   serve https (the session cookie then gets Secure and the __Host- prefix)
  --idle-timeout-minutes N sessions end after N idle minutes (default 15)
  --latency-ms N           wait N ms before each answer (default 0)
  --quiet                  no line per request`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4300' },
    origin: { type: 'string', multiple: true, default: ['http://127.0.0.1:5173', 'http://localhost:5173'] },
    data: { type: 'string', default: '.mock-data/db.json' },
    reset: { type: 'boolean', default: false },
    seed: { type: 'string', default: 'demo' },
    cert: { type: 'string' },
    key: { type: 'string' },
    'idle-timeout-minutes': { type: 'string', default: '15' },
    'latency-ms': { type: 'string', default: '0' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const seedSize = values.seed === 'large' ? 'large' : 'demo';
mockConfig.seedSize = seedSize;
mockConfig.idleTimeoutMinutes = Number(values['idle-timeout-minutes']);
mockConfig.latencyMs = Number(values['latency-ms']);

const loaded = loadDatabase(values.data, seedSize, { reset: values.reset });
const database = keepDatabaseIn(values.data, seedSize);

const app = createMockServer({ allowedOrigins: values.origin, logRequests: !values.quiet });
const https = Boolean(values.cert && values.key);
const server = serve(
  {
    fetch: app.fetch,
    hostname: '127.0.0.1',
    port: Number(values.port),
    ...(https
      ? {
          createServer: createHttpsServer,
          serverOptions: { cert: readFileSync(values.cert!), key: readFileSync(values.key!) },
        }
      : {}),
  },
  (info) => {
    const url = `${https ? 'https' : 'http'}://127.0.0.1:${info.port}`;
    console.log(`Mock backend on ${url}/api/v1 (${loaded} ${seedSize} data in ${values.data})`);
    console.log(`Accepting the console from: ${values.origin.join(', ')}`);
    console.log(`Point the console at it: VITE_API_BASE_URL=${url} npm run dev`);
  },
);

// Ctrl+C or a stop: the last writes reach the file before the process ends.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    database.flush();
    server.close();
    process.exit(0);
  });
}
