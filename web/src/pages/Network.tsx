// Actor network: who met, supported, accused whom. A small force layout in
// SVG (no library): repulsion between all nodes, springs along edges.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type Network } from '../api';
import { Status, useApi } from '../components/common';
import { EVENT_COLORS, EVENT_TYPES, gloss } from '../labels';

interface P { x: number; y: number; vx: number; vy: number }

function layout(net: Network, w: number, h: number, steps = 300): Map<number, P> {
  const pos = new Map<number, P>();
  net.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
    pos.set(n.id, { x: w / 2 + (w / 3) * Math.cos(a), y: h / 2 + (h / 3) * Math.sin(a), vx: 0, vy: 0 });
  });
  const nodes = [...pos.values()];
  for (let s = 0; s < steps; s++) {
    const t = 1 - s / steps;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x || 0.01, dy = a.y - b.y || 0.01;
        const d2 = dx * dx + dy * dy;
        const f = 4000 / d2;
        a.vx += f * dx; a.vy += f * dy; b.vx -= f * dx; b.vy -= f * dy;
      }
    }
    for (const e of net.edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 120) * 0.02;
      a.vx += (f * dx) / d; a.vy += (f * dy) / d; b.vx -= (f * dx) / d; b.vy -= (f * dy) / d;
    }
    for (const p of nodes) {
      p.vx += (w / 2 - p.x) * 0.002; p.vy += (h / 2 - p.y) * 0.002;
      p.x = Math.min(w - 20, Math.max(20, p.x + Math.max(-20, Math.min(20, p.vx)) * t));
      p.y = Math.min(h - 20, Math.max(20, p.y + Math.max(-20, Math.min(20, p.vy)) * t));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return pos;
}

export function NetworkPage() {
  const { data, loading, error } = useApi(() => api.network(), []);
  const [type, setType] = useState('');
  const [drag, setDrag] = useState<number | null>(null);
  const [, force] = useState(0);
  const svg = useRef<SVGSVGElement>(null);
  const W = 900, H = 600;
  const net = useMemo(() => (data ? { nodes: data.nodes, edges: data.edges.filter((e) => !type || e.type === type) } : null), [data, type]);
  const pos = useMemo(() => (net ? layout(net, W, H) : new Map<number, P>()), [net]);
  useEffect(() => setDrag(null), [net]);
  const move = (ev: PointerEvent) => {
    if (drag === null || !svg.current) return;
    const r = svg.current.getBoundingClientRect();
    const p = pos.get(drag)!;
    p.x = ((ev.clientX - r.left) / r.width) * W;
    p.y = ((ev.clientY - r.top) / r.height) * H;
    force((n) => n + 1);
  };
  return (
    <div>
      <h2>شبكة الفاعلين <small>actor network</small></h2>
      <label>نوع الحدث (event type){' '}
        <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
          <option value="">الكل (all)</option>
          {Object.keys(EVENT_TYPES).map((k) => <option value={k}>{gloss(EVENT_TYPES, k)}</option>)}
        </select>
      </label>
      <Status loading={loading} error={error} />
      {net && (
        <svg ref={svg} class="network" viewBox={`0 0 ${W} ${H}`} onPointerMove={move} onPointerUp={() => setDrag(null)} onPointerLeave={() => setDrag(null)} role="img" aria-label="actor network">
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#888" /></marker>
          </defs>
          {net.edges.map((e) => {
            const a = pos.get(e.source), b = pos.get(e.target);
            if (!a || !b) return null;
            return <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={EVENT_COLORS[e.type] ?? '#888'} stroke-width={1 + Math.log2(1 + e.count)} marker-end="url(#arrow)"><title>{gloss(EVENT_TYPES, e.type)} ×{e.count}</title></line>;
          })}
          {net.nodes.map((n) => {
            const p = pos.get(n.id)!;
            return (
              <g transform={`translate(${p.x},${p.y})`} class="node" onPointerDown={() => setDrag(n.id)} onDblClick={() => (location.hash = `#/entity/${n.id}`)}>
                <circle r="8" />
                <a href={`#/entity/${n.id}`}><text y="-12" text-anchor="middle">{n.name}</text></a>
              </g>
            );
          })}
        </svg>
      )}
      <p class="legend">{Object.entries(EVENT_COLORS).map(([k, c]) => <span style={{ color: c }}>■ {EVENT_TYPES[k][0]} </span>)}</p>
      <p class="muted">اسحب العقد لتحريكها، وانقر الاسم لفتح صفحة الكيان. (Drag nodes; click a name to open its page.)</p>
    </div>
  );
}
