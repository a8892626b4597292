import { describe, expect, test } from 'vitest';
import { decideTab, roleSeesTab, shortcutTab, tabSections } from './chart-tab-access';

const CHART_TABS = ['summary', 'demographics', 'problems', 'allergies', 'medications', 'vitals', 'labs', 'immunizations', 'notes', 'encounters', 'orders', 'documents'];

describe('which tabs a role sees', () => {
	test('front desk: demographics and scanned documents only', () => {
		expect(CHART_TABS.filter((tab) => roleSeesTab('front-desk', tab))).toEqual(['demographics', 'documents']);
	});

	test('coder: what coding needs', () => {
		expect(CHART_TABS.filter((tab) => roleSeesTab('coder', tab))).toEqual(['demographics', 'problems', 'notes', 'encounters']);
	});

	test('the summary needs every section it summarises', () => {
		expect(tabSections('summary')).toContain('labs');
		expect(roleSeesTab('medical-assistant', 'summary')).toBe(true);
		expect(roleSeesTab('coder', 'summary')).toBe(false);
	});

	test('an unknown tab is hidden from everyone, even the privacy officer', () => {
		expect(roleSeesTab('privacy-officer', 'scratchpad')).toBe(false);
	});
});

describe('decideTab', () => {
	test('front desk reaching the notes: refused as not permitted, naming the section', () => {
		const decision = decideTab({ id: 'fd-alvarez', role: 'front-desk' }, 'p1', 'notes');
		expect(decision.allowed).toBe(false);
		expect(decision.section).toBe('notes');
		expect(decision.finding?.code).toBe('access.not-permitted');
		expect(decision.finding?.where).toBe('Patient/p1#notes');
		expect(decision.finding?.message).toBe('Your role does not allow this part of the chart.');
	});

	test('the summary is refused on its first section the role may not view', () => {
		expect(decideTab({ id: 'cd-mbeki', role: 'coder' }, 'p1', 'summary').section).toBe('allergies');
	});

	test('a tab the role sees is allowed', () => {
		expect(decideTab({ id: 'ma-chen', role: 'medical-assistant' }, 'p1', 'labs').allowed).toBe(true);
	});

	test('an unknown tab is refused', () => {
		const decision = decideTab({ id: 'po-ferreira', role: 'privacy-officer' }, 'p1', 'scratchpad');
		expect([decision.allowed, decision.finding?.where]).toEqual([false, 'Patient/p1#scratchpad']);
	});
});

test('Alt+Shift+letter names a tab; other chords do not', () => {
	const keys = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false };
	expect(shortcutTab({ ...keys, code: 'KeyN' })).toBe('notes');
	expect(shortcutTab({ ...keys, shiftKey: false, code: 'KeyN' })).toBeUndefined();
	expect(shortcutTab({ ...keys, ctrlKey: true, code: 'KeyL' })).toBeUndefined();
	expect(shortcutTab({ ...keys, code: 'KeyZ' })).toBeUndefined();
});
