import { describe, expect, test } from 'vitest';
import {
	CHART_SECTIONS,
	CLINICAL_SECTIONS,
	RECORD_SECTIONS,
	SECTION_TITLES,
	isClinicalSection,
	isRecordAction,
	isRecordSection,
	sectionTitle
} from './record-sections';

describe('record sections', () => {
	test('every section has a title', () => {
		expect(Object.keys(SECTION_TITLES)).toEqual([...RECORD_SECTIONS]);
	});

	test('the chart is every section but the access audit', () => {
		expect(CHART_SECTIONS).toHaveLength(RECORD_SECTIONS.length - 1);
		expect(CHART_SECTIONS).not.toContain('audit');
	});

	test('the clinical sections, in chart order', () => {
		expect(CLINICAL_SECTIONS).toEqual(['problems', 'allergies', 'medications', 'vitals', 'labs', 'immunizations', 'notes', 'encounters', 'orders']);
		expect(RECORD_SECTIONS.filter(isClinicalSection)).toEqual(CLINICAL_SECTIONS);
		expect(isClinicalSection('radiology')).toBe(false);
	});

	test('guards reject unknown words and non-strings', () => {
		expect(isRecordSection('notes')).toBe(true);
		expect(isRecordSection('Notes')).toBe(false);
		expect(isRecordSection(undefined)).toBe(false);
		expect(['constructor', '__proto__', 'toString'].filter(isRecordSection)).toEqual([]);
		expect(isRecordAction('prescribe')).toBe(true);
		expect(isRecordAction('delete')).toBe(false);
		expect(isRecordAction(3)).toBe(false);
	});
});

test('sectionTitle: known sections by title, unknown words as they are', () => {
	expect(sectionTitle('labs')).toBe('Laboratory results');
	expect(sectionTitle('radiology')).toBe('radiology');
});
