// Stage: events (not yet implemented; the layer stays empty).
import type { Stage } from '../pipeline.js';

export const eventsStage: Stage = {
  name: 'events',
  run() {},
};
