// A stand-in for a service (apps/<name>/src/main.ts) while the real ones do not exist: honours the service
// contract (PORT, DATABASE_URL, NATS_URL, GET /health/ready, JSON log lines, graceful SIGTERM).
// Ready once the delay has passed and, when their URLs are given, Postgres answers `SELECT 1` and NATS connects.
// Knobs for tests: FAKE_READY_AFTER_MS (default 200), FAKE_CRASH_AFTER_MS (exit 1 then),
// FAKE_CRASH_ONCE_FILE (crash only if this file does not exist yet; creates it), FAKE_IGNORE_SIGTERM=1.
'use strict';
const fs = require('node:fs');
const http = require('node:http');

const name = process.env.MOTCUA_SERVICE_NAME || 'fake';
const port = Number(process.env.PORT || 0);
const log = (level, msg, extra = {}) =>
  process.stdout.write(JSON.stringify({ level, time: Date.now(), service: name, msg, ...extra }) + '\n');

let ready = false;
let nc;

async function checkInfrastructure() {
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const client = new Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 3000 });
    await client.connect();
    await client.query('SELECT 1');
    await client.end();
  }
  if (process.env.NATS_URL) {
    const { connect } = require('@nats-io/transport-node');
    nc = await connect({ servers: process.env.NATS_URL.split(','), name });
    await nc.flush();
  }
}

const server = http.createServer((req, res) => {
  if (req.url === '/health/ready') {
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: ready ? 'ok' : 'starting' }));
  } else {
    res.writeHead(404).end();
  }
});

server.listen(port, '127.0.0.1', () => {
  log('info', 'listening', { port: server.address().port, prefix: process.env.MESSAGING_PREFIX, seedDemo: process.env.SEED_DEMO });
  setTimeout(() => {
    checkInfrastructure().then(
      () => {
        ready = true;
        log('info', 'ready');
      },
      (err) => {
        log('error', 'infrastructure not reachable', { err: err.message });
        process.exit(1);
      },
    );
  }, Number(process.env.FAKE_READY_AFTER_MS || 200));
});

const crashAfter = process.env.FAKE_CRASH_AFTER_MS;
const crashOnce = process.env.FAKE_CRASH_ONCE_FILE;
if (crashAfter && (!crashOnce || !fs.existsSync(crashOnce))) {
  setTimeout(() => {
    if (crashOnce) fs.writeFileSync(crashOnce, 'crashed\n');
    log('fatal', 'crashing on purpose');
    process.exit(1);
  }, Number(crashAfter));
}

function shutdown(signal) {
  if (process.env.FAKE_IGNORE_SIGTERM === '1') {
    log('warn', `ignoring ${signal}`);
    return;
  }
  log('info', 'shutting down', { signal });
  server.close();
  Promise.resolve(nc && nc.close()).finally(() => process.exit(0));
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
