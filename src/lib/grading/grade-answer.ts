/**
 * Grades a typed or picked answer against its key: text with forgiving normalisation, numbers
 * with units and tolerance, dates in any common US form, picked choices, code lists with
 * partial credit, and lists in any order or as listed.
 */
import type { Finding } from '../findings/finding';
import type { AnswerExercise, KeyValue } from '../lessons/lesson-schema';
import { codeComparerFor, type CodeMatchingOptions, type CompareCodes } from './code-matching';
import { describeValue, describeValues, roundPoints, type CheckOutcome } from './check-outcome';
import { normaliseDate } from './normalise-date';
import { formatQuantity, formatTolerance, parseQuantity, parseTolerance, quantityMatches } from './normalise-quantity';
import { textMatches, type TextMatch } from './normalise-text';
import { fillText, resolveTemplate, type CastContext } from './template-values';

/** What the learner typed or picked; lists for list and code inputs. */
export type LearnerAnswer = string | number | readonly string[];

/** Code matchers from src/lib/codes; exact matching when none is given. */
export type AnswerGradingOptions = CodeMatchingOptions;

interface Judgement {
	/** 0…1 of the exercise's points. */
	credit: number;
	expected: string;
	found: string;
	unreadable?: boolean;
	details?: Finding[];
}

function asList(value: LearnerAnswer): string[] {
	if (typeof value === 'number') return [String(value)];
	if (typeof value === 'string') return value.split(/[\n,;]+/).map((item) => item.trim()).filter((item) => item !== '');
	return value.map((item) => item.trim()).filter((item) => item !== '');
}

function asText(value: LearnerAnswer): string {
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : value.join(', ');
}

function oneOf(values: readonly KeyValue[], describe: (value: KeyValue) => string = describeValue): string {
	const described = values.map(describe);
	return described.length === 1 ? (described[0] ?? '') : `one of ${described.join(', ')}`;
}

function judgeText(exercise: AnswerExercise, keys: readonly KeyValue[], answer: LearnerAnswer): Judgement {
	const typed = asText(answer);
	const match: TextMatch = exercise.match ?? 'loose';
	return {
		credit: keys.some((key) => textMatches(typed, String(key), match)) ? 1 : 0,
		expected: oneOf(keys),
		found: describeValue(typed)
	};
}

function judgeNumber(exercise: AnswerExercise, keys: readonly KeyValue[], answer: LearnerAnswer): Judgement {
	const tolerance = exercise.tolerance === undefined ? undefined : parseTolerance(exercise.tolerance);
	const unit = exercise.unit;
	const describeKey = (key: KeyValue) =>
		`${formatQuantity({ value: Number(key), unit })}${tolerance === undefined ? '' : ` (${formatTolerance(tolerance, unit)})`}`;
	const typed = typeof answer === 'number' ? answer : asText(answer);
	const quantity = parseQuantity(typed);
	if (quantity === undefined) {
		return { credit: 0, expected: oneOf(keys, describeKey), found: `${describeValue(typed)}, not a number with a known unit`, unreadable: true };
	}
	const right = keys.some((key) =>
		quantityMatches(quantity, { value: Number(key), unit }, { tolerance, analyte: exercise.analyte })
	);
	return { credit: right ? 1 : 0, expected: oneOf(keys, describeKey), found: formatQuantity(quantity) };
}

function judgeDate(keys: readonly KeyValue[], answer: LearnerAnswer): Judgement {
	const typed = asText(answer);
	const date = normaliseDate(typed);
	const expected = oneOf(keys, (key) => normaliseDate(String(key)) ?? String(key));
	if (date === undefined) {
		return { credit: 0, expected, found: `${describeValue(typed)}, not a date (try MM/DD/YYYY)`, unreadable: true };
	}
	return { credit: keys.some((key) => normaliseDate(String(key)) === date) ? 1 : 0, expected, found: date };
}

function choiceLabel(exercise: AnswerExercise, value: string): string {
	const choice = exercise.choices?.find((candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === value);
	return typeof choice === 'object' ? `"${choice.label}"` : `"${value}"`;
}

function judgeChoice(exercise: AnswerExercise, keys: readonly KeyValue[], answer: LearnerAnswer): Judgement {
	const picked = asText(answer).trim();
	return {
		credit: keys.some((key) => String(key) === picked) ? 1 : 0,
		expected: oneOf(keys, (key) => choiceLabel(exercise, String(key))),
		found: choiceLabel(exercise, picked)
	};
}

function judgeCodes(keys: readonly KeyValue[], answer: LearnerAnswer, compareCodes: CompareCodes): Judgement {
	const given = asList(answer);
	const comparison = compareCodes(given, keys.map(String));
	return {
		credit: comparison.possible === 0 ? 0 : comparison.earned / comparison.possible,
		expected: keys.map(String).join(', '),
		found: given.length === 0 ? 'no codes' : given.join(', '),
		details: comparison.findings
	};
}

/** Each key item can be matched once; every learner item that matches nothing costs one, so listing everything earns nothing. */
function judgeList(exercise: AnswerExercise, keys: readonly KeyValue[], answer: LearnerAnswer): Judgement {
	const given = asList(answer);
	const match: TextMatch = exercise.choices === undefined ? (exercise.match ?? 'loose') : 'exact';
	const same = (item: string, key: KeyValue) => textMatches(item, String(key), match);
	let right = 0;
	if (exercise.order === 'as-listed') {
		right = keys.filter((key, index) => given[index] !== undefined && same(given[index] ?? '', key)).length;
	} else {
		const unused = [...keys];
		for (const item of given) {
			const at = unused.findIndex((key) => same(item, key));
			if (at >= 0) {
				unused.splice(at, 1);
				right += 1;
			}
		}
	}
	const unmatched = given.length - right;
	return {
		credit: Math.max(0, right - unmatched) / keys.length,
		expected: `${describeValues(keys)}${exercise.order === 'as-listed' ? ' (in this order)' : ''}`,
		found: describeValues(given)
	};
}

function judge(exercise: AnswerExercise, keys: readonly KeyValue[], answer: LearnerAnswer, options: AnswerGradingOptions): Judgement {
	switch (exercise.input) {
		case 'text':
			return judgeText(exercise, keys, answer);
		case 'number':
			return judgeNumber(exercise, keys, answer);
		case 'date':
			return judgeDate(keys, answer);
		case 'choice':
			return judgeChoice(exercise, keys, answer);
		case 'code':
			return judgeCodes(keys, answer, codeComparerFor(exercise.system, options));
		case 'list':
			return judgeList(exercise, keys, answer);
	}
}

function isBlank(answer: LearnerAnswer | undefined): answer is undefined {
	return answer === undefined || (typeof answer === 'string' && answer.trim() === '') || (Array.isArray(answer) && answer.length === 0);
}

export function gradeAnswer(
	exerciseId: string,
	exercise: AnswerExercise,
	answer: LearnerAnswer | undefined,
	context: CastContext,
	options: AnswerGradingOptions = {}
): CheckOutcome[] {
	const where = `exercises.${exerciseId}`;
	const base = {
		where,
		source: ['exercises', exerciseId, 'key'],
		label: exercise.title === undefined ? exerciseId : fillText(exercise.title, context),
		possible: exercise.points,
		...(exercise.hint === undefined ? {} : { hint: fillText(exercise.hint, context) })
	};
	const keys: KeyValue[] = [];
	for (const key of Array.isArray(exercise.key) ? exercise.key : [exercise.key]) {
		const resolved = typeof key === 'string' ? resolveTemplate(key, context, `${where}.key`) : { value: key, findings: [] };
		const [problem] = resolved.findings;
		if (problem !== undefined) {
			return [{ ...base, code: 'grade.key-error', earned: 0, expected: problem.message, found: 'the key could not be read' }];
		}
		keys.push(typeof resolved.value === 'boolean' ? String(resolved.value) : resolved.value);
	}
	if (isBlank(answer)) {
		return [{ ...base, code: 'grade.answer.missing', earned: 0, expected: oneOf(keys), found: 'no answer' }];
	}
	const judgement = judge(exercise, keys, answer, options);
	const earned = roundPoints(exercise.points * judgement.credit);
	const code = judgement.unreadable
		? 'grade.answer.unreadable'
		: earned >= exercise.points
			? 'grade.answer.correct'
			: earned > 0
				? 'grade.answer.partial'
				: 'grade.answer.incorrect';
	const details = judgement.details === undefined || judgement.details.length === 0 ? {} : { details: judgement.details };
	return [{ ...base, code, earned, expected: judgement.expected, found: judgement.found, evidence: [answer], ...details }];
}
