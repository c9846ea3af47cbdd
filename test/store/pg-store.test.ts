import { describe, it } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { runStoreSuite } from './store-suite.js';
import { TEST_PG, pgUnavailable, uniqueName, dropSchema } from './pg-env.js';

const why = await pgUnavailable();
if (why) {
  describe('Store behaviour: PostgreSQL', () => it(`skipped: ${why}`, { skip: why }, () => {}));
} else {
  const schema = uniqueName('isnad_test');
  runStoreSuite('PostgreSQL', () => openStore({ pg: TEST_PG, schema }), () => dropSchema(schema));
}
