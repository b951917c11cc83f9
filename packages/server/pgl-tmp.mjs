import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
let t=Date.now();
const db = await PGlite.create({ extensions: { btree_gist } });
console.log('create', Date.now()-t);
await db.exec(`CREATE EXTENSION IF NOT EXISTS btree_gist; CREATE TABLE v (c text, s timestamptz, e timestamptz, status text, EXCLUDE USING gist (c WITH =, tstzrange(s,e) WITH &&) WHERE (status='booked'));`);
await db.query(`insert into v values ('a','2026-01-01T10:00Z','2026-01-01T11:00Z','booked')`);
try { await db.query(`insert into v values ('a','2026-01-01T10:30Z','2026-01-01T11:30Z','booked')`);} catch(e){ console.log('err', e.code, e.constructor.name, Object.keys(e)); }
t=Date.now();
const dump = await db.dumpDataDir('none');
console.log('dump', Date.now()-t, dump.size);
t=Date.now();
const db2 = await PGlite.create({ extensions: { btree_gist }, loadDataDir: dump });
console.log('load', Date.now()-t, (await db2.query('select count(*) from v')).rows);
const r = await db2.query(`select s from v`); console.log(r.rows, typeof r.rows[0].s);
