import { describe, expect, test } from 'vitest';
import { buildLessonCast } from './cast-context-from-records';
import { solutionEvidence } from './solution-evidence';
import { lessonWith } from './__fixtures__/lesson-input';

const registered = { scenario: { seed: 7, cohort: 0, today: '2024-06-03', cast: { walkin: { template: 'healthy-adult', name: { family: 'Lopez' } } } } };

describe('solutionEvidence', () => {
	test('an answer defaults to its key, resolved; one value for one-value inputs', () => {
		const lesson = lessonWith({ q: { kind: 'answer', prompt: 'Q', input: 'text', key: ['{{walkin.name.family}}', 'x'] } }, registered);
		const run = solutionEvidence(lesson, buildLessonCast(lesson.scenario).context);
		expect(run).toEqual({ evidence: { q: { kind: 'answer', answer: 'Lopez' } }, problems: [] });
	});

	test('record steps apply in order to one chart, and each exercise is graded on the changes it checks', () => {
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
					solution: [{ update: 'Patient/{{walkin.id}}', set: { gender: 'male' } }]
				}
			},
			registered
		);
		const { context, chart } = buildLessonCast(lesson.scenario);
		const run = solutionEvidence(lesson, context, chart);
		expect(run.problems).toEqual([]);
		const changed = (id: string) => {
			const evidence = run.evidence[id];
			if (evidence?.kind !== 'record') return [];
			return evidence.after.filter((resource) => !evidence.before.includes(resource)).map((resource) => `${resource.resourceType}/${resource.id}`);
		};
		expect(changed('add')).toEqual(['AllergyIntolerance/a1']);
		expect(changed('fix')).toEqual([`Patient/${context.cast.walkin?.id}`]);
		// Both start from the cast's whole generated chart, not its Patient alone.
		expect(run.evidence.fix?.kind === 'record' && run.evidence.fix.before).toEqual(chart);
		expect(chart.length).toBeGreaterThan(1);
	});

	test('updating something not in the chart is a problem at the step', () => {
		const lesson = lessonWith(
			{ fix: { kind: 'record', checks: [{ path: 'Patient', count: 1 }], solution: [{ update: 'Patient/nobody', set: {} }] } },
			registered
		);
		expect(solutionEvidence(lesson, buildLessonCast(lesson.scenario).context).problems).toEqual([
			{
				path: ['exercises', 'fix', 'solution', 0, 'update'],
				code: 'lesson.solution-target-missing',
				message: 'Patient/nobody is not in the chart at this point (is the cast member registered?)'
			}
		]);
	});

	test('conduct events get the lesson role and an order', () => {
		const lesson = lessonWith({ c: { kind: 'conduct', checks: [{ event: { action: 'lock' } }], solution: { events: [{ action: 'lock' }] } } });
		const run = solutionEvidence(lesson, buildLessonCast(lesson.scenario).context);
		expect(run.evidence.c).toEqual({
			kind: 'conduct',
			flags: [],
			events: [{ seq: 1, at: '2024-06-03T09:00:00Z', user: 'learner', role: 'front-desk', workstation: 'ws-1', outcome: 'success', action: 'lock' }]
		});
	});
});
