import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupSummary } from '../../../shared/contracts/backup';
import type { EventPayloads } from '../../../shared/contracts/channels';
import type { AppError } from '../../../shared/result';
import { bridge } from './bridge';
import { toAppError, useLanternMutation } from './client';

export type BackupStage = 'starting' | EventPayloads['backup:progress']['stage'];

export interface BackupProgressState {
  stage: BackupStage;
  percent: number;
}

export interface BackupRun {
  start(): Promise<void>;
  isRunning: boolean;
  /** Null before the first "Back up now". */
  progress: BackupProgressState | null;
  saved: BackupSummary | null;
  error: AppError | null;
}

/**
 * "Back up now": calls `backup:run` and follows main's `backup:progress` events. Events only
 * move the bar forwards, and only while this run is going (they may arrive just before or just
 * after the answer, depending on the transport).
 */
export function useBackupRun(): BackupRun {
  const running = useRef(false);
  const [progress, setProgress] = useState<BackupProgressState | null>(null);
  const [saved, setSaved] = useState<BackupSummary | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const { mutateAsync, isPending } = useLanternMutation('backup:run');

  // Subscribed for as long as the screen is open, so no early event is missed.
  useEffect(
    () =>
      bridge().subscribe('backup:progress', (event) => {
        if (!running.current) return;
        setProgress((current) =>
          current && current.percent > event.percent
            ? current
            : { stage: event.stage, percent: event.percent },
        );
      }),
    [],
  );

  const start = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setSaved(null);
    setError(null);
    setProgress({ stage: 'starting', percent: 0 });
    try {
      const summary = await mutateAsync({});
      setProgress({ stage: 'done', percent: 100 });
      setSaved(summary);
    } catch (thrown) {
      setProgress(null);
      setError(toAppError(thrown));
    } finally {
      // Success or failure, the status (last verified, last attempt, list) has changed:
      // `backup:run` makes `backup:status` stale either way (lib/invalidation.ts).
      running.current = false;
    }
  }, [mutateAsync]);

  return { start, isRunning: isPending, progress, saved, error };
}
