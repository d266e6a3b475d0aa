import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_COUNTS_EVERY_SECONDS, IdleTimer } from '../../../src/main/workstation/idle-timer';
import { SessionLimit } from '../../../src/main/workstation/session-limit';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the idle timer', () => {
  it('counts a ping at most once per ten seconds, so a flood of pings does no more than one', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(onIdle, () => Date.now());
    timer.start(60);
    expect(timer.countsEverySeconds).toBe(ACTIVITY_COUNTS_EVERY_SECONDS);
    // Pings every second for nine seconds: none of them counts (the start just did).
    for (let i = 0; i < 9; i++) {
      vi.advanceTimersByTime(1_000);
      timer.touch();
    }
    vi.advanceTimersByTime(60_000 - 9_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('a ping after the interval restarts the limit', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(onIdle, () => Date.now());
    timer.start(60);
    vi.advanceTimersByTime(30_000);
    timer.touch();
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('with a short idle limit counts pings a quarter of it apart', () => {
    const timer = new IdleTimer(
      () => undefined,
      () => Date.now(),
    );
    timer.start(8);
    expect(timer.countsEverySeconds).toBe(2);
  });
});

describe('the maximum session length', () => {
  it('locks at the limit however much activity there is, and not when it is off', () => {
    const onLimit = vi.fn();
    const limit = new SessionLimit(onLimit, () => Date.now());
    limit.begin(null);
    vi.advanceTimersByTime(48 * 3_600_000);
    expect(onLimit).not.toHaveBeenCalled();
    limit.end();

    limit.begin(3_600);
    vi.advanceTimersByTime(3_600_000 - 1);
    expect(onLimit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onLimit).toHaveBeenCalledTimes(1);
  });

  it('a limit set during the session counts from when the session began', () => {
    const onLimit = vi.fn();
    const limit = new SessionLimit(onLimit, () => Date.now());
    limit.begin(null);
    vi.advanceTimersByTime(2 * 3_600_000);
    limit.apply(3 * 3_600);
    vi.advanceTimersByTime(3_600_000 - 1);
    expect(onLimit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onLimit).toHaveBeenCalledTimes(1);
    // Already past a shorter limit: it locks at once (on the next turn of the event loop).
    limit.end();
    limit.begin(null);
    vi.advanceTimersByTime(2 * 3_600_000);
    limit.apply(3_600);
    vi.advanceTimersByTime(0);
    expect(onLimit).toHaveBeenCalledTimes(2);
  });

  it('stops counting when the session ends', () => {
    const onLimit = vi.fn();
    const limit = new SessionLimit(onLimit, () => Date.now());
    limit.begin(60);
    limit.end();
    vi.advanceTimersByTime(120_000);
    expect(onLimit).not.toHaveBeenCalled();
  });
});
