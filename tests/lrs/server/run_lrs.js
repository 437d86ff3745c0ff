// Runs Learning Locker's xAPI statement service (npm xapi-statements) for the
// LRS push tests: statements in memory, on 127.0.0.1 at a free port, with one
// HTTP basic-auth client checked the way Learning Locker checks it (the
// service asks a client-info endpoint, served here, about each request's
// Authorization header).
//
// usage: node run_lrs.js PORT_FILE USERNAME PASSWORD [PORT]
// Writes the base URL ("http://127.0.0.1:PORT/xAPI") to PORT_FILE once the
// service answers, then runs until killed. PORT (optional) reuses a port, so
// a test can stop the LRS and bring it back at the same address.
'use strict';
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const [portFile, username, password, wantedPort] = process.argv.slice(2);
if (!portFile || !username || !password) {
  console.error('usage: node run_lrs.js PORT_FILE USERNAME PASSWORD [PORT]');
  process.exit(2);
}
const expected = 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');
// The client record Learning Locker's API would return (scope "all").
const client = {
  _id: '5f0000000000000000000001', title: 'mntrainer test client',
  authority: { objectType: 'Agent', mbox: 'mailto:lrs-test@mntrainer.invalid' }, isTrusted: true,
  lrs_id: '5f0000000000000000000002', organisation: '5f0000000000000000000003', scopes: ['all'],
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

async function main() {
  // A 404 from the client endpoint makes the service answer 401 (bad credentials).
  const auth = http.createServer((req, res) => {
    const ok = req.headers.authorization === expected;
    res.writeHead(ok ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(ok ? client : { message: 'no such client' }));
  });
  await new Promise((resolve) => auth.listen(0, '127.0.0.1', resolve));
  const port = wantedPort ? Number(wantedPort) : await freePort();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mn-lrs-'));
  Object.assign(process.env, {
    EXPRESS_PORT: String(port),
    LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${auth.address().port}/auth`,
    AUTH_REPO: 'fetch', MODELS_REPO: 'memory', STORAGE_REPO: 'local', EVENTS_REPO: 'test',
    FS_LOCAL_STORAGE_DIR: scratch, EXPRESS_MORGAN_DIRECTORY: path.join(scratch, 'access'),
    SERVICE_AWAIT_UPDATES: 'true', WINSTON_CONSOLE_LEVEL: 'error',
  });
  require('xapi-statements/dist/server');
  const base = `http://127.0.0.1:${port}/xAPI`;
  for (let i = 0; i < 200; ++i) {
    const up = await new Promise((resolve) => {
      http.get(`${base}/about`, (res) => { res.resume(); resolve(res.statusCode === 200); }).on('error', () => resolve(false));
    });
    if (up) {
      fs.writeFileSync(portFile + '.tmp', base);
      fs.renameSync(portFile + '.tmp', portFile);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.error('run_lrs: the statement service did not answer within 10 s');
  process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });
