// Stage: times (not yet implemented; the layer stays empty).
import type { Stage } from '../pipeline.js';

export const timesStage: Stage = {
  name: 'times',
  run() {},
};
