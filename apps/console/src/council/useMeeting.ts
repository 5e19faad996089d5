import { useCallback, useEffect, useState } from 'react';
import { useNotify } from 'react-admin';
import { apiJson } from '../notifications/api';
import type { MeetingView } from './types';

/** A council meeting as the api shows it to this user, and a reload for after each change. */
export function useMeeting(id: string | undefined): { meeting: MeetingView | null; reload: () => Promise<void> } {
  const notify = useNotify();
  const [meeting, setMeeting] = useState<MeetingView | null>(null);
  const reload = useCallback(
    () =>
      apiJson<MeetingView>(`/council/meetings/${id}`)
        .then(setMeeting)
        .catch((e: Error) => notify(e.message, { type: 'error' })),
    [id, notify],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { meeting, reload };
}
