import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKb } from '../../src/kb/kb.js';
import { roleHolder } from '../../src/kb/roles.js';
import { adjectiveForms } from '../../src/kb/adjectives.js';

const kb = loadKb();

test('well-known entries carry the right Wikidata ids', () => {
  const ids: Record<string, string> = { RU: 'Q159', KP: 'Q423', US: 'Q30', KR: 'Q884', JP: 'Q17', UA: 'Q212', 'cap:KR': 'Q8684' };
  for (const [id, q] of Object.entries(ids)) assert.equal(kb.byId.get(id)?.kb, q, id);
  assert.equal(kb.byId.get('per:vladimir-putin')?.kb, 'Q7747');
  assert.equal(kb.byId.get('per:sergey-lavrov')?.kb, 'Q178268');
  assert.equal(kb.byId.get('per:kim-jong-un')?.kb, 'Q56226');
});

test('Arabic typos of the shared country list are fixed', () => {
  const names = new Set(kb.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]));
  for (const bad of ['المسكيك', 'صيربيا', 'جمهورية أففانستان الإسلامية']) assert.ok(!names.has(bad), bad);
  assert.ok(names.has('المكسيك'));
});

test('office holders resolve by date', () => {
  assert.equal(roleHolder(kb.roles, 'foreign_minister', 'RU', '2025-07-13')?.name_en, 'Sergey Lavrov');
  assert.equal(roleHolder(kb.roles, 'president', 'US', '2018-03-27')?.name_en, 'Donald Trump');
  assert.equal(roleHolder(kb.roles, 'president', 'US', '2022-05-01')?.name_en, 'Joe Biden');
  assert.equal(roleHolder(kb.roles, 'president', 'US', '1990-01-01'), null);
  assert.equal(roleHolder(kb.roles, 'no_such_role', 'US', '2020-01-01'), null);
});

test('nationality adjectives cover the inflected forms', () => {
  const f = adjectiveForms('كوري شمالي');
  for (const w of ['الكوري الشمالي', 'الكورية الشمالية', 'الكوريين الشماليين', 'كوريا شماليا']) assert.ok(f.includes(w), w);
  assert.ok(!adjectiveForms('روسي').includes('روسيا'), 'the accusative of a one-word adjective would be the country name');
});

test('user KB files add entries (--kb)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-kb-'));
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify({ entries: [{ id: 'org:acme', type: 'ORG', name: 'شركة أكمي', name_en: 'Acme' }, { id: 'bad' }] }));
  const k = loadKb([file]);
  assert.equal(k.byId.get('org:acme')?.name_en, 'Acme');
  assert.equal(k.byId.get('bad'), undefined);
  writeFileSync(file, '{not json');
  assert.throws(() => loadKb([file]), /cannot read KB file/);
});
