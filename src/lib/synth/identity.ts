/**
 * Who a patient is: name, birth date, address, phone, email, language, emergency contact. Drawn
 * from the identity stream, which a learner's salt changes, never from the clinical one.
 */
import type { Faker } from '@faker-js/faker';
import { addYears, type DayNumber } from './dates';
import { familyNameVariants, givenNameVariants } from './name-variants';
import type { Population } from './population';
import type { Random } from './random';

export type Sex = 'female' | 'male';

export interface PersonName {
	given: string;
	middle?: string;
	family: string;
}

export interface EmergencyContact {
	name: PersonName;
	/** v3 RoleCode, e.g. SPS, MTH. */
	relationship: { code: string; display: string };
	phone: string;
}

export interface Identity {
	name: PersonName;
	birth: DayNumber;
	address: { line: string; city: string; state: string; postalCode: string };
	phone: string;
	email?: string;
	language: { code: string; display: string };
	contact: EmergencyContact;
}

/** A birth day on which the patient is exactly `age` completed years old today. */
export function birthDayForAge(random: Random, today: DayNumber, age: number): DayNumber {
	const latest = addYears(today, -age);
	const earliest = addYears(today, -(age + 1)) + 1;
	return earliest + random.int(0, latest - earliest);
}

function asciiWord(text: string): string {
	return text.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
}

export function phoneNumber(random: Random, population: Population): string {
	// The 555 exchange is reserved for fiction, so a generated number never reaches a real line.
	return `(${random.pick(population.clinic.areaCodes)}) 555-${String(random.int(0, 9999)).padStart(4, '0')}`;
}

function personName(faker: Faker, random: Random, sex: Sex, family?: string): PersonName {
	const given = faker.helpers.arrayElement(faker.rawDefinitions.person?.first_name?.[sex] ?? ['Alex']);
	const middle = random.chance(0.4) ? faker.helpers.arrayElement(faker.rawDefinitions.person?.first_name?.[sex] ?? ['Lee']) : undefined;
	const surname = family ?? faker.helpers.arrayElement(faker.rawDefinitions.person?.last_name?.generic ?? ['Smith']);
	return middle ? { given, middle, family: surname } : { given, family: surname };
}

const ADULT_CONTACTS = [
	{ code: 'SPS', display: 'spouse', weight: 0.5, sameFamily: true },
	{ code: 'MTH', display: 'mother', weight: 0.12, sameFamily: true },
	{ code: 'CHILD', display: 'child', weight: 0.15, sameFamily: true },
	{ code: 'SIS', display: 'sister', weight: 0.08, sameFamily: true },
	{ code: 'FRND', display: 'unrelated friend', weight: 0.15, sameFamily: false }
];
const CHILD_CONTACTS = [
	{ code: 'MTH', display: 'mother', weight: 0.65, sameFamily: true },
	{ code: 'FTH', display: 'father', weight: 0.35, sameFamily: true }
];

export interface IdentityRequest {
	sex: Sex;
	age: number;
	birth?: DayNumber;
	today: DayNumber;
	name?: { given?: string; family?: string };
	/** Family name to share (a staff member's relative). */
	family?: string;
}

export function generateIdentity(faker: Faker, random: Random, population: Population, request: IdentityRequest): Identity {
	const drawn = personName(faker, random, request.sex, request.family);
	const name: PersonName = {
		...drawn,
		given: request.name?.given ?? drawn.given,
		family: request.name?.family ?? drawn.family
	};
	const birth = request.birth ?? birthDayForAge(random, request.today, request.age);
	const street = `${faker.location.buildingNumber()} ${faker.location.street()}`;
	const address = {
		line: street,
		city: faker.helpers.arrayElement(faker.rawDefinitions.location?.city_name ?? ['Riverbend']),
		state: population.clinic.state,
		postalCode: `${random.pick(population.clinic.zipPrefixes)}${String(random.int(1, 99)).padStart(2, '0')}`
	};
	const phone = phoneNumber(random, population);
	const email =
		request.age >= 16 && random.chance(0.75)
			? `${asciiWord(name.given)}.${asciiWord(name.family)}${random.int(1, 99)}@example.com`
			: undefined;
	const language = random.weighted(population.languages, (l) => l.weight);
	const kind = random.weighted(request.age < 18 ? CHILD_CONTACTS : ADULT_CONTACTS, (c) => c.weight);
	const contactSex: Sex = kind.code === 'MTH' || kind.code === 'SIS' ? 'female' : kind.code === 'FTH' ? 'male' : request.sex === 'female' ? 'male' : 'female';
	const contactName = personName(faker, random, contactSex, kind.sameFamily ? name.family : undefined);
	return {
		name,
		birth,
		address,
		phone,
		...(email ? { email } : {}),
		language: { code: language.code, display: language.display },
		contact: {
			name: { given: contactName.given, family: contactName.family },
			relationship: { code: kind.code, display: kind.display },
			phone: phoneNumber(random, population)
		}
	};
}

/**
 * A near-identical name: a sound-alike spelling of the given (or family) name when one exists,
 * otherwise the very same name. The caller gives a different birth date.
 */
export function similarName(random: Random, original: PersonName): PersonName {
	const givenVariants = givenNameVariants(original.given);
	const familyVariants = familyNameVariants(original.family);
	if (givenVariants.length > 0 && random.chance(0.7)) return { given: random.pick(givenVariants), family: original.family };
	if (familyVariants.length > 0 && random.chance(0.5)) return { given: original.given, family: random.pick(familyVariants) };
	return { given: original.given, family: original.family };
}
