import { useEffect, useState } from 'preact/hooks';

/** Start page: shows the service state and where the API lives. */
export function App() {
  const [flows, setFlows] = useState<string[] | null>(null);
  useEffect(() => {
    fetch('/api/v1/health')
      .then((r) => r.json() as Promise<{ flows: string[] }>)
      .then((h) => setFlows(h.flows))
      .catch(() => setFlows([]));
  }, []);
  return (
    <main>
      <h1>Auto-évaluation d’un cas d’usage d’IA</h1>
      <p>Classe de risque du règlement sur l’IA, services d’IA autorisés pour vos données, obligations de transparence et lignes directrices de l’Administration centrale.</p>
      <p>{flows === null ? 'Chargement…' : `Questionnaires disponibles : ${flows.join(', ') || 'aucun'}`}</p>
      <p>
        <a href="/api/docs">Référence de l’API</a>
      </p>
    </main>
  );
}
