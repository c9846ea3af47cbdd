// The UI is built by Vite into web/dist on first use (`isnad serve`/`start`,
// the browser tests), so a fresh clone needs no separate build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const WEB_SRC = fileURLToPath(new URL('../../web/', import.meta.url));

/** Build web/dist when it is missing; `onBuild` is told before a build starts. */
export async function ensureWebBuilt(onBuild?: () => void): Promise<void> {
  if (existsSync(DEFAULT_WEB_ROOT + 'index.html') || !existsSync(WEB_SRC + 'index.html')) return;
  onBuild?.();
  const { build } = await import('vite');
  await build({ root: WEB_SRC, configFile: WEB_SRC + 'vite.config.ts', logLevel: 'warn' });
}
