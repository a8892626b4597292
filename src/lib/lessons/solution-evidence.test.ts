import { describe, expect, test } from 'vitest';
import { buildStubCastContext } from './stub-cast-context';
import { castResources, solutionEvidence } from './solution-evidence';
import { lessonWith } from './__fixtures__/lesson-input';

const registered = { scenario: { seed: 7, cohort: 0, today: '2024-06-03', cast: { walkin: { template: 'healthy-adult', name: { family: 'Lopez' } } } } };

describe('solutionEvidence', () => {
	test('an answer defaults to its key, resolved; one value for one-value inputs', () => {
		const lesson = lessonWith({ q: { kind: 'answer', prompt: 'Q', input: 'text', key: ['{{walkin.name.family}}', 'x'] } }, registered);
		const run = solutionEvidence(lesson, buildStubCastContext(lesson.scenario));
		expect(run).toEqual({ evidence: { q: { kind: 'answer', answer: 'Lopez' } }, problems: [] });
	});

	test('record steps apply in order, and the chart carries over to the next exercise', () => {
		const lesson = lessonWith(
			{
				add: {
					kind: 'record',
					checks: [{ path: 'AllergyIntolerance', count: 1 }],
					solution: [{ resourceType: 'AllergyIntolerance', id: 'a1', patient: { reference: 'Patient/{{walkin.id}}' } }]
				},
				fix: {
					kind: 'record',
					checks: [{ path: 'Patient.gender', equals: 'male' }],
					solution: [{ update: 'Patient/{{walkin.id}}', set: { gender: 'male' } }, { delete: 'AllergyIntolerance/a1' }]
				}
			},
			registered
		);
		const context = buildStubCastContext(lesson.scenario);
		const run = solutionEvidence(lesson, context);
		const fix = run.evidence.fix;
		expect(run.problems).toEqual([]);
		expect(fix?.kind === 'record' && fix.before.map((r) => `${r.resourceType}/${r.id}`)).toEqual(['Patient/walkin-7', 'AllergyIntolerance/a1']);
		expect(fix?.kind === 'record' && fix.after).toEqual([{ ...castResources(context)[0], gender: 'male' }]);
	});

	test('updating something not in the chart is a problem at the step', () => {
		const lesson = lessonWith(
			{ fix: { kind: 'record', checks: [{ path: 'Patient', count: 1 }], solution: [{ update: 'Patient/nobody', set: {} }] } },
			registered
		);
		expect(solutionEvidence(lesson, buildStubCastContext(lesson.scenario)).problems).toEqual([
			{
				path: ['exercises', 'fix', 'solution', 0, 'update'],
				code: 'lesson.solution-target-missing',
				message: 'Patient/nobody is not in the chart at this point (is the cast member registered?)'
			}
		]);
	});

	test('conduct events get the lesson role and an order', () => {
		const lesson = lessonWith({ c: { kind: 'conduct', checks: [{ event: { action: 'lock' } }], solution: { events: [{ action: 'lock' }] } } });
		const run = solutionEvidence(lesson, buildStubCastContext(lesson.scenario));
		expect(run.evidence.c).toEqual({
			kind: 'conduct',
			flags: [],
			events: [{ seq: 1, at: '2024-06-03T09:00:00Z', user: 'learner', role: 'front-desk', workstation: 'ws-1', outcome: 'success', action: 'lock' }]
		});
	});
});
