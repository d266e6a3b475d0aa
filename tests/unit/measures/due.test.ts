import { describe, expect, it } from 'vitest';
import { dueMeasures } from '../../../src/main/measures/due';
import type { ScheduleFacts, StoredSchedule } from '../../../src/main/measures/schedule-repository';

const schedule = (overrides: Partial<StoredSchedule> = {}): StoredSchedule => ({
  id: 's-1',
  instrumentId: 'phq-9',
  program: 'Housing First',
  intervalDays: 30,
  active: true,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  updatedByName: 'Ada Admin',
  ...overrides,
});

const facts = (overrides: Partial<ScheduleFacts> = {}): ScheduleFacts => ({
  clientId: 'c-1',
  active: true,
  programs: new Map([['Housing First', '2026-02-10']]),
  lastGiven: new Map(),
  ...overrides,
});

const statusOn = (today: string, f = facts(), s = schedule()) =>
  dueMeasures([s], f, today).map((due) => [due.dueDate, due.status]);

describe('due and overdue measures', () => {
  it('never given: due one interval after the later of the schedule and the enrollment start', () => {
    // Enrolled 2026-02-10, after the schedule began (2026-01-01): first due 2026-03-12.
    expect(statusOn('2026-02-11')).toEqual([['2026-03-12', 'not_due']]); // the day after: not overdue
    expect(statusOn('2026-03-04')).toEqual([['2026-03-12', 'not_due']]);
    expect(statusOn('2026-03-05')).toEqual([['2026-03-12', 'due']]); // 7 days before
    expect(statusOn('2026-03-12')).toEqual([['2026-03-12', 'due']]);
    expect(statusOn('2026-03-13')).toEqual([['2026-03-12', 'overdue']]);
    // Enrolled before the schedule existed: one interval after the schedule began.
    const earlier = facts({ programs: new Map([['Housing First', '2025-06-01']]) });
    expect(statusOn('2026-01-02', earlier)).toEqual([['2026-01-31', 'not_due']]);
  });

  it('given: the last time plus the interval', () => {
    const given = facts({ lastGiven: new Map([['phq-9', '2026-03-01T15:00:00.000Z']]) });
    expect(statusOn('2026-03-20', given)).toEqual([['2026-03-31', 'not_due']]);
    expect(statusOn('2026-04-01', given)).toEqual([['2026-03-31', 'overdue']]);
  });

  it('applies only to active clients in the program (or everyone), and only while active', () => {
    expect(statusOn('2026-03-01', facts({ programs: new Map() }))).toEqual([]);
    expect(statusOn('2026-03-01', facts({ active: false }))).toEqual([]);
    expect(statusOn('2026-03-01', facts(), schedule({ active: false }))).toEqual([]);
    expect(statusOn('2026-03-01', facts({ programs: new Map() }), schedule({ program: null }))).toEqual([
      ['2026-01-31', 'overdue'],
    ]);
  });
});
