// Stage: quantities (not yet implemented; the layer stays empty).
import type { Stage } from '../pipeline.js';

export const quantitiesStage: Stage = {
  name: 'quantities',
  run() {},
};
