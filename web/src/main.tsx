// The Isnad web UI: RTL, Arabic first with English glosses.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import './styles.css';
import { useRoute, go } from './router';
import { HomePage } from './pages/Home';
import { AnalyzePage } from './pages/Analyze';
import { ArticlePage } from './pages/Article';
import { EntityPage } from './pages/Entity';
import { StatementsPage } from './pages/Statements';
import { EventsPage } from './pages/Events';
import { NetworkPage } from './pages/Network';
import { SearchPage } from './pages/Search';

function SearchBox({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  return (
    <form role="search" class="search" onSubmit={(e) => { e.preventDefault(); if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`); }}>
      <input type="search" name="q" data-testid="search-input" aria-label="بحث (search)" placeholder="ابحث… (search)" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      <button type="submit">بحث</button>
    </form>
  );
}

function Page() {
  const { path, query } = useRoute();
  const id = Number(path[1]);
  switch (path[0]) {
    case 'analyze': return <AnalyzePage />;
    case 'article': return <ArticlePage id={id} />;
    case 'entity': return <EntityPage id={id} />;
    case 'statements': return <StatementsPage query={query} />;
    case 'events': return <EventsPage />;
    case 'network': return <NetworkPage />;
    case 'search': return <SearchPage q={query.get('q') ?? ''} />;
    default: return <HomePage />;
  }
}

function App() {
  const { path, query } = useRoute();
  const nav: Array<[string, string, string]> = [['', 'الرئيسية', 'home'], ['analyze', 'تحليل', 'analyse'], ['statements', 'من قال ماذا', 'who said what'], ['events', 'الأحداث', 'events'], ['network', 'الشبكة', 'network']];
  return (
    <>
      <header class="top">
        <a href="#/" class="brand">إسناد <small>Isnad</small></a>
        <nav>{nav.map(([p, ar, en]) => <a href={`#/${p}`} class={path[0] === p || (!path[0] && !p) ? 'active' : ''} title={en}>{ar}</a>)}</nav>
        <SearchBox initial={path[0] === 'search' ? query.get('q') ?? '' : ''} />
      </header>
      <main><Page /></main>
      <footer class="muted">Isnad — who said what, according to whom · <a href="/docs">API</a></footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
