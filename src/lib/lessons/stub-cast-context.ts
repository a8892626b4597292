/**
 * A stand-in cast for lessons:check until the synthetic generator can build one from a
 * scenario: deterministic (same scenario, same values), shaped like the real thing, and
 * honouring the lesson's fixed facts (name, sex, age, birth date). It is enough to show
 * that a reference solution meets its key; it is not what learners see.
 */
import type { Patient } from '@medplum/fhirtypes';
import type { CastContext, CastMemberValues } from '../grading/template-values';
import { MRN_SYSTEM } from '../record/identifiers';
import { castTemplateIds, type CastMember } from '../synth/scenario';
import type { Scenario } from './lesson-schema';

const GIVEN = { female: ['Maria', 'Aisha', 'Linh', 'Grace', 'Rosa'], male: ['James', 'Omar', 'Wei', 'Daniel', 'Luis'] };
const FAMILY = ['Lopez', 'Okafor', 'Nguyen', 'Smith', 'Kowalski', 'Haddad', 'Johnson', 'Park'];
const STREETS = ['Elm St', 'Oak Ave', 'Maple Dr', 'Cedar Ln'];

/** FNV-1a: small, stable across platforms, good enough to pick stub values. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (const character of text) {
		value ^= character.codePointAt(0) ?? 0;
		value = Math.imul(value, 0x01000193) >>> 0;
	}
	return value;
}

function pick<T>(list: readonly T[], seed: number): T {
	return list[seed % list.length] as T;
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

function ageOn(birthDate: string, today: string): number {
	const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
	const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
	return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function birthDateFor(member: CastMember, today: string, seed: number): string {
	if (member.birthDate !== undefined) return member.birthDate;
	const age = member.age ?? 20 + (seed % 60);
	const month = 1 + ((seed >>> 8) % 12);
	const day = 1 + ((seed >>> 12) % 28);
	const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
	const birthdayLater = month > tm || (month === tm && day > td);
	return `${pad(ty - age - (birthdayLater ? 1 : 0), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function stubMember(key: string, member: CastMember, scenario: Scenario, today: string): CastMemberValues {
	const seed = hash(`${scenario.seed}:${key}`);
	const gender = member.sex ?? (seed % 2 === 0 ? 'female' : 'male');
	const given = member.name?.given ?? pick(gender === 'male' ? GIVEN.male : GIVEN.female, seed >>> 4);
	const family = member.name?.family ?? pick(FAMILY, seed >>> 16);
	const birthDate = birthDateFor(member, today, seed);
	const id = `${key.toLowerCase()}-${scenario.seed}`;
	const mrn = `MRN-${pad(seed % 1_000_000, 6)}`;
	const phone = `555-01${pad(seed % 100, 2)}`;
	const address = {
		line: `${1 + (seed % 200)} ${pick(STREETS, seed >>> 6)}`,
		city: 'Springfield',
		state: 'IL',
		postalCode: '62701'
	};
	const patient: Patient = {
		resourceType: 'Patient',
		id,
		identifier: [{ system: MRN_SYSTEM, value: mrn }],
		name: [{ use: 'official', given: [given], family }],
		gender,
		birthDate,
		telecom: [{ system: 'phone', value: phone, use: 'home' }],
		address: [{ line: [address.line], city: address.city, state: address.state, postalCode: address.postalCode }]
	};
	return {
		id,
		reference: `Patient/${id}`,
		mrn,
		name: { text: `${given} ${family}`, given, family },
		birthDate,
		gender,
		age: ageOn(birthDate, today),
		phone,
		address: { text: `${address.line}, ${address.city}, ${address.state} ${address.postalCode}`, ...address },
		template: castTemplateIds(member)[0] ?? '',
		registered: member.registered !== false,
		patient
	};
}

export function buildStubCastContext(scenario: Scenario): CastContext {
	return {
		today: scenario.today,
		cast: Object.fromEntries(Object.entries(scenario.cast).map(([key, member]) => [key, stubMember(key, member, scenario, scenario.today)]))
	};
}
