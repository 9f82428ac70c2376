// PouchDB's incremental replication, the baseline of bench/incremental_bench.py: a replica of N documents
// (pouchdb-node, LevelDB) pulls k changed documents from express-pouchdb over HTTP on 127.0.0.1.
//   npm install --prefix DIR pouchdb-node@9 express-pouchdb@4 express@4
//   NODE_PATH=DIR/node_modules node bench/pouch_baseline.js --docs 219859 --changes 1,1000
// Prints one JSON line: {"docs": N, "first_seconds": s, "sync": {"1": s, "1000": s, ...}}.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const PouchDB = require('pouchdb-node');
const express = require('express');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const docs = parseInt(arg('--docs', '10000'), 10);
  const changes = arg('--changes', '1,1000').split(',').map(Number);
  const repeats = parseInt(arg('--repeats', '3'), 10);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pouch-bench-'));
  const ServerPouch = PouchDB.defaults({prefix: path.join(dir, 'server') + path.sep});
  fs.mkdirSync(path.join(dir, 'server'));
  const app = express();
  app.use('/', require('express-pouchdb')(ServerPouch, {mode: 'minimumForPouchDB', logPath: path.join(dir, 'log.txt')}));
  const server = await new Promise(resolve => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const url = `http://127.0.0.1:${server.address().port}/bench`;
  const source = new ServerPouch('bench');
  const row = i => ({_id: `row-${String(i).padStart(8, '0')}`, table: 'lesson_progress', enrollment_id: `e-${i % 5000}`,
    lesson_id: `l-${i % 300}`, status: 'in_progress', time_spent_minutes: i % 90, attempts_count: 1,
    best_score: null, notes: null, completed_at: null, sync_version: 1});
  for (let start = 0; start < docs; start += 5000) {
    const batch = [];
    for (let i = start; i < Math.min(docs, start + 5000); i++) batch.push(row(i));
    await source.bulkDocs(batch);
  }
  const replica = new PouchDB(path.join(dir, 'replica'));
  const remote = new PouchDB(url);
  let t = process.hrtime.bigint();
  await replica.replicate.from(remote, {batch_size: 1000});
  const first = Number(process.hrtime.bigint() - t) / 1e9;
  const out = {docs, first_seconds: first, sync: {}};
  let next = 0;
  for (const k of changes) {
    const times = [];
    for (let r = 0; r < repeats; r++) {
      const ids = [];
      for (let j = 0; j < k; j++) ids.push(`row-${String((next++ * 7919) % docs).padStart(8, '0')}`);
      const got = await source.allDocs({keys: ids, include_docs: true});
      await source.bulkDocs(got.rows.map(x => ({...x.doc, time_spent_minutes: x.doc.time_spent_minutes + 1})));
      t = process.hrtime.bigint();
      const result = await replica.replicate.from(remote, {batch_size: 1000});
      times.push(Number(process.hrtime.bigint() - t) / 1e9);
      if (result.docs_written < k) throw new Error(`replicated ${result.docs_written} of ${k}`);
    }
    out.sync[k] = Math.min(...times);
  }
  console.log(JSON.stringify(out));
  server.close();
  fs.rmSync(dir, {recursive: true, force: true});
}
main().catch(e => { console.error(e); process.exit(1); });
