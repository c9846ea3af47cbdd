// Stage: statements (not yet implemented; the layer stays empty).
import type { Stage } from '../pipeline.js';

export const statementsStage: Stage = {
  name: 'statements',
  run() {},
};
