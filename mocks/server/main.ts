// `npm run mock:server`: the mock backend over HTTP on 127.0.0.1, for a console built or served with
// VITE_API_BASE_URL pointing at it (README, "Three ways to run it").
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { mockConfig } from '../store/db';
import { createMockServer } from './app';
import { DataFileRefused, keepDatabaseIn, loadDatabase } from './persistence';

const HELP = `npm run mock:server -- [options]: the mock backend over HTTP on 127.0.0.1
  --port 4300              where it listens
  --origin URL             an origin the console is served from; repeatable
                           (default: the dev server's, http://127.0.0.1:5173 and http://localhost:5173)
  --data FILE              where the database is kept (default .mock-data/db.json, or
                           .mock-data/db-large.json with --seed large)
  --reset                  start from the seed, replacing what the file holds
  --seed demo|large        the demo seed, or the benchmark's 100,000 visits (rebuilt on each start)
  --cert FILE --key FILE   serve https (the session cookie then gets Secure and the __Host- prefix)
  --idle-timeout-minutes N sessions end after N idle minutes (default 15)
  --latency-ms N           wait N ms before each answer (default 0)
  --quiet                  no line per request`;

/** Stops with a message, not a stack trace: a mistyped option is the person's to fix. */
function refuse(message: string): never {
  console.error(`mock:server: ${message}\nnpm run mock:server -- --help lists the options.`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string', default: '4300' },
      origin: { type: 'string', multiple: true, default: ['http://127.0.0.1:5173', 'http://localhost:5173'] },
      data: { type: 'string' },
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
} catch (error) {
  refuse((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

if (values.seed !== 'demo' && values.seed !== 'large') refuse(`--seed is demo or large, not ${values.seed}.`);
const seedSize = values.seed;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  refuse(`--port ${values.port} is not a port number.`);
for (const origin of values.origin) {
  // An origin is a scheme, a host and a port, exactly as the browser sends it in the Origin header.
  if (!URL.canParse(origin) || new URL(origin).origin !== origin)
    refuse(`--origin ${origin} is not an origin like http://127.0.0.1:4173 (scheme, host, port; no path).`);
}
if (Boolean(values.cert) !== Boolean(values.key)) refuse('--cert and --key go together, for https.');
const dataFile = values.data ?? (seedSize === 'large' ? '.mock-data/db-large.json' : '.mock-data/db.json');
mockConfig.seedSize = seedSize;
mockConfig.idleTimeoutMinutes = Number(values['idle-timeout-minutes']);
mockConfig.latencyMs = Number(values['latency-ms']);

let loaded;
try {
  loaded = loadDatabase(dataFile, seedSize, { reset: values.reset });
} catch (error) {
  if (!(error instanceof DataFileRefused)) throw error;
  refuse(
    `${error.message} Nothing was changed. Start with --reset to replace it with the seed, or use --data.`,
  );
}
const database = keepDatabaseIn(dataFile, seedSize);

const app = createMockServer({ allowedOrigins: values.origin, logRequests: !values.quiet });
const https = Boolean(values.cert && values.key);
const server = serve(
  {
    fetch: app.fetch,
    hostname: '127.0.0.1',
    port,
    ...(https
      ? {
          createServer: createHttpsServer,
          serverOptions: { cert: readFileSync(values.cert!), key: readFileSync(values.key!) },
        }
      : {}),
  },
  (info) => {
    const url = `${https ? 'https' : 'http'}://127.0.0.1:${info.port}`;
    console.log(`Mock backend on ${url} (its API under /api/v1; ${loaded} ${seedSize} data in ${dataFile})`);
    console.log(`Accepting the console from: ${values.origin.join(', ')}`);
    const devServer = values.origin.find((origin) => new URL(origin).port === '5173');
    console.log(
      devServer
        ? `Point the console at it: VITE_API_BASE_URL=${url} npm run dev`
        : `Build and serve the console with VITE_API_BASE_URL=${url}, from ${values.origin[0]}`,
    );
  },
);
server.on('error', (error: NodeJS.ErrnoException) =>
  refuse(error.code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port.` : error.message),
);

// Ctrl+C or a stop: the last writes reach the file before the process ends.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    database.flush();
    server.close();
    process.exit(0);
  });
}
