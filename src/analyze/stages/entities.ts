// Stage: entities (not yet implemented; the layer stays empty).
import type { Stage } from '../pipeline.js';

export const entitiesStage: Stage = {
  name: 'entities',
  run() {},
};
