// Hash routing: #/path?query. Small on purpose; the app has a handful of pages.
import { useEffect, useState } from 'preact/hooks';

export interface Route { path: string[]; query: URLSearchParams }

function parse(): Route {
  const h = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const [p, q] = h.split('?');
  return { path: p.split('/').filter(Boolean), query: new URLSearchParams(q ?? '') };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(parse);
  useEffect(() => {
    const on = () => setRoute(parse());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function go(path: string): void {
  location.hash = path;
}
