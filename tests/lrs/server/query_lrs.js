// Prints every statement an LRS holds, as one JSON array, following the
// "more" links of GET /statements (for the LRS push tests).
// usage: node query_lrs.js BASE_URL USERNAME PASSWORD
'use strict';
const http = require('http');

const [base, username, password] = process.argv.slice(2);
const auth = 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`GET ${url}: ${res.statusCode} ${body}`))));
    }).on('error', reject);
  });
}

async function main() {
  const origin = new URL(base).origin;
  const all = [];
  let url = `${base}/statements?limit=500`;
  while (url) {
    const page = await get(url);
    all.push(...page.statements);
    url = page.more ? (page.more.startsWith('http') ? page.more : origin + page.more) : '';
  }
  process.stdout.write(JSON.stringify(all));
}

main().catch((e) => { console.error(String(e)); process.exit(1); });
