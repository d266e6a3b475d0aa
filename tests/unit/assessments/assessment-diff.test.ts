import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SECTIONS } from '../../../src/shared/contracts/assessments';
import { assessmentChanges, listChange, sectionChange } from '../../../src/shared/domain/assessment-diff';

describe('assessment diff', () => {
  it('marks a text section changed, added, removed or unchanged (whitespace alone is no change)', () => {
    expect(sectionChange('Rents a studio', 'Rents a studio')).toBe('unchanged');
    expect(sectionChange('Rents a studio', '  Rents  a studio\n')).toBe('unchanged');
    expect(sectionChange('Rents a studio', 'Lives with sister')).toBe('changed');
    expect(sectionChange(undefined, 'Lives with sister')).toBe('added');
    expect(sectionChange('', 'Lives with sister')).toBe('added');
    expect(sectionChange('Rents a studio', '   ')).toBe('removed');
    expect(sectionChange(undefined, '')).toBe('unchanged');
  });

  it('compares lists by their items, not their order or case, and names what was added and removed', () => {
    expect(listChange(['Rent arrears', 'Sleep'], ['sleep', 'Rent arrears'])).toEqual({
      change: 'unchanged',
      added: [],
      removed: [],
    });
    expect(listChange(['Rent arrears', 'Sleep'], ['Sleep', 'Dental care'])).toEqual({
      change: 'changed',
      added: ['Dental care'],
      removed: ['Rent arrears'],
    });
    expect(listChange([], ['Sleep']).change).toBe('added');
    expect(listChange(['Sleep'], []).change).toBe('removed');
    expect(sectionChange(['Sleep'], ['Sleep', 'Food'])).toBe('changed');
  });

  it('compares the risk summary by level and reason', () => {
    const before = { level: 'moderate', reason: 'Passive thoughts, no plan' };
    expect(sectionChange(before, { ...before })).toBe('unchanged');
    expect(sectionChange(before, { ...before, level: 'high' })).toBe('changed');
    expect(sectionChange(before, { ...before, reason: 'Plan disclosed' })).toBe('changed');
    expect(sectionChange(undefined, before)).toBe('added');
  });

  it('gives every section of a reassessment its mark', () => {
    const changes = assessmentChanges(
      ASSESSMENT_SECTIONS,
      { housing: 'Behind on rent', needs: ['Rent arrears'], legal: 'None' },
      { housing: 'Lease renewed', needs: ['Rent arrears'], trauma: 'Declined to discuss' },
    );
    expect(changes.housing).toBe('changed');
    expect(changes.needs).toBe('unchanged');
    expect(changes.legal).toBe('removed');
    expect(changes.trauma).toBe('added');
    expect(changes.presentingConcerns).toBe('unchanged');
    expect(Object.keys(changes)).toEqual([...ASSESSMENT_SECTIONS]);
  });
});
