import { expect, test } from 'vitest';
import { CHART_SECTIONS } from '$lib/session/record-sections';
import { at } from './__fixtures__/audit-trail';
import { releasedSections } from './released-sections';

const print = { at: at(0), user: 'po-ferreira', role: 'privacy-officer' as const, workstation: 'office-2', action: 'print' as const, outcome: 'success' as const };

test('a section released is that section', () => {
	expect(releasedSections({ ...print, section: 'labs' })).toEqual(['labs']);
});

test('no section means the whole chart, not nothing', () => {
	expect(releasedSections(print)).toEqual(CHART_SECTIONS);
});
