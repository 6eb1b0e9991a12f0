// The decision tree of the current question, one click away: node by node with where each answer
// leads (readable by everyone, screen readers included), and the Mermaid source it is drawn from.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.tsx';

interface Parsed {
  labels: Map<string, string>;
  edges: Map<string, { label: string; to: string }[]>;
}

/** Reads the flowchart lines the worker writes: `id["label"]`, `id -->|option| target`. */
export function parseMermaid(src: string): Parsed {
  const labels = new Map<string, string>();
  const edges = new Map<string, { label: string; to: string }[]>();
  for (const line of src.split('\n').map((l) => l.trim())) {
    const edge = /^(\w+) -->(?:\|([^|]*)\|)? (\w+)$/.exec(line);
    if (edge) {
      const list = edges.get(edge[1]!) ?? [];
      list.push({ label: edge[2] ?? '', to: edge[3]! });
      edges.set(edge[1]!, list);
      continue;
    }
    const node = /^(\w+)[[({]+"(.*)"[\])}]+$/.exec(line);
    if (node) labels.set(node[1]!, node[2]!);
  }
  return { labels, edges };
}

export function Diagram({ load, tree, current, onClose }: { load: (tree: string) => Promise<string>; tree: string; current?: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    load(tree).then(setSrc, () => setSrc(''));
  }, [tree, lang]);
  // In-dialog moves by focus, not by #fragment: inside a host page's widget a fragment would move the host.
  const goTo = (id: string) => dialog.current?.querySelector<HTMLElement>(`[data-node="${id}"]`)?.focus();
  const parsed = src ? parseMermaid(src) : null;
  return (
    <dialog ref={dialog} class="diagram" aria-labelledby="diagram-title" onClose={onClose}>
      <div class="dialog-head">
        <h2 id="diagram-title">{t.diagramTitle}</h2>
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
          {t.closeDiagram}
        </button>
      </div>
      {src === null ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <ol class="tree-nodes">
            {[...parsed!.labels.entries()].map(([id, label]) => (
              <li key={id} class={id === current ? 'current' : undefined} aria-current={id === current ? 'step' : undefined}>
                <span data-node={id} tabIndex={-1}>
                  {label}
                </span>
                {parsed!.edges.get(id) && (
                  <ul>
                    {parsed!.edges.get(id)!.map((e, i) => (
                      <li key={i}>
                        {e.label ? `${e.label} → ` : '→ '}
                        <button type="button" class="link-button" onClick={() => goTo(e.to)}>
                          {parsed!.labels.get(e.to) ?? t.diagramTitle}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <details>
            <summary>Mermaid</summary>
            <pre>{src}</pre>
          </details>
        </>
      )}
    </dialog>
  );
}
