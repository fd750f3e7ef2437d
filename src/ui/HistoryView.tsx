import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { historyAnswerSchema } from '../background/sync-api';
import { askBackground, chinaTime } from './TeamPanel';

// Who changed a shared profile and when: its team revisions, newest first, folded away until asked for.

type Entry = z.infer<typeof historyAnswerSchema>['entries'][number];

export function HistoryView({ id, version }: { id: string; /** Changes when the profile was saved or synced: read again. */ version?: string }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    void askBackground({ type: 'beian:sync:history', id }, historyAnswerSchema).then((answer) => setEntries(answer.ok ? answer.entries : []));
  }, [id, version]);
  if (entries.length === 0) return null;
  return (
    <details id="profile-history" class="profile-history">
      <summary>{i18n.t('historyTitle')} ({entries.length})</summary>
      <ol>
        {entries.map((e) => (
          <li key={e.rev} data-agent={e.agent}>
            <time dateTime={e.at}>{chinaTime(e.at)}</time> {e.agent}
            {e.deleted && ` · ${i18n.t('historyDeleted')}`}
          </li>
        ))}
      </ol>
    </details>
  );
}
