// Worker-thread entry: registers tsx (the sources are TypeScript, run without
// a build step, like bin/isnad.js) and starts the analysis loop.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker-loop.ts');
