import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { findCastReferences, resolveTemplate, type CastContext } from '../grading/template-values';
import { checkCastReference } from './lesson-references';
import { parseLessonFile } from './parse-lesson-file';
import { historyDisplay, historyInstant, historyMarker, historyValues, historyViews, ScenarioHistorySchema } from './scenario-history';

const history = v.parse(ScenarioHistorySchema, {
	visit: { user: 'md-whitfield', patient: 'vip', daysAgo: 3, time: '09:20', minutes: 12 },
	snoop: { user: 'rn-brennan', patient: 'vip', daysAgo: 2, time: '21:40', minutes: 14, workstation: 'front-1', section: 'notes' }
});

describe('the history schema', () => {
	test('names what is wrong with an entry', () => {
		const result = v.safeParse(ScenarioHistorySchema, {
			bad: { user: 'rn-nobody', patient: 'vip', daysAgo: 0, time: '9:20', minutes: 0, section: 'audit' }
		});
		expect(result.success).toBe(false);
		const problems = (result.issues ?? []).map((issue) => `${v.getDotPath(issue)}: ${issue.message}`);
		expect(problems).toEqual([
			expect.stringMatching(/^bad\.user: /),
			'bad.daysAgo: must be at least 1 (yesterday)',
			'bad.time: write a time as HH:MM, e.g. "21:40" (in quotes)',
			'bad.minutes: must be more than 0',
			expect.stringMatching(/^bad\.section: /)
		]);
	});

	test('the section defaults to the chart summary, the workstation to the staff member\'s own', () => {
		expect(history.visit?.section).toBe('summary');
		expect(historyValues(history).visit).toEqual({
			user: 'md-whitfield',
			name: 'Dana Whitfield',
			role: 'Physician',
			workstation: 'room-2',
			minutes: 12,
			daysAgo: 3,
			time: '09:20',
			section: 'summary'
		});
		expect(historyValues(history).snoop?.workstation).toBe('front-1');
	});

	test('a built lesson\'s prose gets the values, or nothing for a history the schema refuses', () => {
		expect(historyDisplay({ snoop: { user: 'rn-brennan', patient: 'vip', daysAgo: 2, time: '21:40', minutes: 14 } }).snoop?.name).toBe('Tom Brennan');
		expect(historyDisplay({ snoop: { user: 'nobody' } })).toEqual({});
	});
});

describe('the audit records it becomes', () => {
	const now = new Date(2026, 10, 23, 10, 30);

	test('days and times are counted back from the moment the clinic is set up, in local time', () => {
		expect(new Date(historyInstant(now, 2, '21:40'))).toEqual(new Date(2026, 10, 21, 21, 40));
		// Across a month end.
		expect(new Date(historyInstant(new Date(2026, 11, 1, 8, 0), 3, '09:05'))).toEqual(new Date(2026, 10, 28, 9, 5));
	});

	test('each entry is a view and its end with the time on screen, oldest first, marked as the lesson\'s history', () => {
		const views = historyViews('vip-access-report', history, { vip: 'p-vip' }, now);
		expect(views.map(({ view, end }) => [view.user, view.action, end.action, end.durationMs, view.workstation, view.section, view.patient])).toEqual([
			['md-whitfield', 'view', 'view-end', 12 * 60_000, 'room-2', 'summary', 'p-vip'],
			['rn-brennan', 'view', 'view-end', 14 * 60_000, 'front-1', 'notes', 'p-vip']
		]);
		expect(views.every(({ view, end }) => view.attempt === historyMarker('vip-access-report') && end.at === view.at && view.role === (view.user === 'rn-brennan' ? 'nurse' : 'physician'))).toBe(true);
	});

	test('an entry about a cast member without a chart is refused', () => {
		expect(() => historyViews('x', history, {}, now)).toThrow('history.visit: no chart for cast member "vip"');
	});
});

describe('{{history.…}} references', () => {
	const context: CastContext = { today: '2024-06-03', cast: {}, history: historyValues(history) };

	test('resolve to the entry\'s values, keeping numbers as numbers', () => {
		expect(resolveTemplate('{{history.snoop.name}}', context, 'key').value).toBe('Tom Brennan');
		expect(resolveTemplate('{{history.snoop.minutes}}', context, 'key').value).toBe(14);
		expect(resolveTemplate('at {{history.snoop.workstation}}', context, 'key').value).toBe('at front-1');
	});

	test('an unknown entry or field is reported, by lessons:check and when resolving', () => {
		const check = (text: string) => checkCastReference(findCastReferences(text)[0]!, ['vip'], ['visit', 'snoop']);
		expect(check('{{history.snoop.name}}')).toBeUndefined();
		expect(check('{{history.snop.name}}')).toBe('{{history.snop.name}}: unknown history entry "snop" (history: visit, snoop)');
		expect(check('{{history.snoop.durationn}}')).toMatch(/unknown history field "durationn" \(fields: user, name, role, workstation, minutes/);
		expect(check('{{history.snoop}}')).toMatch(/write \{\{history\.<entry>\.<field>\}\}/);
		expect(resolveTemplate('{{history.snoop.name}}', { today: '2024-06-03', cast: {} }, 'key').findings.map((one) => one.message)).toEqual([
			'{{history.snoop.name}}: the scenario has no history'
		]);
	});
});

describe('a lesson file with history', () => {
	const file = (entry: string, prose = '{history.snoop.name} opened it.') =>
		[
			'---',
			'id: vip-audit',
			'title: VIP audit',
			'module: securing',
			'role: privacy-officer',
			'minutes: 10',
			'objectives: [Read the access audit]',
			'domains: [rhit:access-privacy-security]',
			'scenario:',
			'  seed: 1',
			'  cohort: 0',
			'  today: 2024-06-03',
			'  cast: { vip: { template: healthy-adult, vip: true }, walkin: { template: healthy-adult, registered: false } }',
			'  history:',
			`    snoop: ${entry}`,
			'exercises:',
			'  who: { kind: answer, prompt: Who?, input: text, key: "{{history.snoop.name}}" }',
			'---',
			prose,
			'',
			'<Exercise id="who" />'
		].join('\n');
	const problems = (text: string) => parseLessonFile('lessons/securing/09-vip.md', text).findings.map((one) => `${one.where}: ${one.message}`);

	test('is valid, references and all', () => {
		expect(problems(file('{ user: rn-brennan, patient: vip, daysAgo: 2, time: "21:40", minutes: 14 }'))).toEqual([]);
	});

	test('names the line of an entry about someone not in the cast, or with no chart', () => {
		expect(problems(file('{ user: rn-brennan, patient: vipp, daysAgo: 2, time: "21:40", minutes: 14 }'))).toEqual([
			'lessons/securing/09-vip.md:15: scenario.history.snoop.patient: no cast member "vipp" (cast: vip, walkin)'
		]);
		expect(problems(file('{ user: rn-brennan, patient: walkin, daysAgo: 2, time: "21:40", minutes: 14 }'))).toEqual([
			'lessons/securing/09-vip.md:15: scenario.history.snoop.patient: "walkin" is not registered: no chart to have been opened'
		]);
	});

	test('reports prose that names an entry the history lacks', () => {
		expect(problems(file('{ user: rn-brennan, patient: vip, daysAgo: 2, time: "21:40", minutes: 14 }', '{history.visit.name} saw her.'))).toEqual([
			'lessons/securing/09-vip.md:19: body: {history.visit.name}: unknown history entry "visit" (history: snoop)'
		]);
	});
});
