import { describe, expect, test } from 'vitest';
import { findCastReferences } from '../grading/template-values';
import { checkCastReference, findBodyCastReferences, findExercisePlacements } from './lesson-references';

const body = [
	'Mrs. {walkin.name} arrives.', // 1
	'', // 2
	'<Exercise id="register" />', // 3
	'```markdown', // 4
	'<Exercise id="example" /> {walkin.nope}', // 5
	'```', // 6
	"Write `{walkin.example}` and <Exercise id='dob'/>" // 7
].join('\n');

describe('findExercisePlacements', () => {
	test('finds tags outside code, with their lines', () => {
		expect(findExercisePlacements(body)).toEqual([
			{ id: 'register', line: 3 },
			{ id: 'dob', line: 7 }
		]);
	});
});

describe('findBodyCastReferences', () => {
	test('skips code blocks and inline code', () => {
		expect(findBodyCastReferences(body).map(({ reference, line }) => [reference.written, line])).toEqual([['{walkin.name}', 1]]);
	});
});

describe('checkCastReference', () => {
	const check = (text: string) => checkCastReference(findCastReferences(text)[0]!, ['walkin', 'newMom']);

	test('known member and field', () => {
		expect(check('{{walkin.name.family}}')).toBeUndefined();
		expect(check('{{today}}')).toBeUndefined();
	});

	test('unknown member, with a suggestion', () => {
		expect(check('{{walkni.name}}')).toBe('{{walkni.name}}: unknown cast member "walkni" (did you mean "walkin"?)');
		expect(check('{{stranger.name}}')).toBe('{{stranger.name}}: unknown cast member "stranger" (cast: walkin, newMom)');
	});

	test('unknown field, with a suggestion', () => {
		expect(check('{{walkin.birthdate}}')).toBe('{{walkin.birthdate}}: unknown cast field "birthdate" (did you mean "birthDate"?)');
	});

	test('a member without a field', () => {
		expect(check('{{walkin}}')).toBe('{{walkin}}: name a field, e.g. {{walkin.name}}');
	});
});
