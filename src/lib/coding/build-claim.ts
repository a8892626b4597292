import type { Claim, ClaimItem, Coverage, Encounter, Extension, Organization, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import type { CodingWorksheet, ProviderQuery, ServiceLineDraft } from './coding-worksheet';
import { lineCharge, sumDollars } from './fee-lookup';
import { FEE_CURRENCY } from './data/fee-schedule';
import { SERVICE_SYSTEM_URIS, serviceSystemOf } from './service-codes';

/**
 * The coder's worksheet as a FHIR R4 Claim (a professional claim, the data of a CMS-1500), and back.
 * One Claim per encounter, with an id derived from the encounter's, so the queue finds it directly.
 */
export const ICD10CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const PROVIDER_QUERY_URL = 'https://chartroom.invalid/extension/provider-query';
export const PLACE_OF_SERVICE_SYSTEM = 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set';
const STAFF_SYSTEM = 'urn:chartroom:staff';

export function claimIdFor(encounterId: string): string {
	return `claim-${encounterId}`;
}

export interface ClaimContext {
	encounter: Encounter & { id: string };
	patient: Patient & { id: string };
	/** The coverage in force on the date of service; none leaves the claim without insurance. */
	coverage?: Coverage & { id: string };
	/** The practice: box 33, the billing provider. */
	billingProvider: Reference<Organization>;
	coder: { id: string; name: string };
	/** When the claim was first written; kept on every later save. */
	created: string;
	status: 'draft' | 'active';
}

/** The local date the service was given: the encounter's start as the clinic wrote it. */
export function dateOfService(encounter: Pick<Encounter, 'period'>): string | undefined {
	return encounter.period?.start?.slice(0, 10);
}

export function buildClaim(worksheet: CodingWorksheet, context: ClaimContext): Claim {
	const { encounter, patient, coverage } = context;
	const rendering = encounter.participant?.find((p) => p.individual?.reference?.startsWith('Practitioner/'))?.individual as
		| Reference<Practitioner>
		| undefined;
	const served = dateOfService(encounter);
	const items = worksheet.lines.map((line, index) => claimItem(line, index, worksheet, encounter, served, rendering !== undefined));
	const payer = coverage?.payor?.find((p) => p.reference?.startsWith('Organization/')) as Reference<Organization> | undefined;
	const queries = worksheet.queries.map(queryExtension);
	return {
		resourceType: 'Claim',
		id: claimIdFor(encounter.id),
		...(queries.length ? { extension: queries } : {}),
		status: context.status,
		type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional', display: 'Professional' }] },
		use: 'claim',
		patient: { reference: `Patient/${patient.id}`, ...(encounter.subject?.display ? { display: encounter.subject.display } : {}) },
		...(encounter.period ? { billablePeriod: { ...encounter.period } } : {}),
		created: context.created,
		enterer: { identifier: { system: STAFF_SYSTEM, value: context.coder.id }, display: context.coder.name },
		...(payer ? { insurer: { ...payer } } : {}),
		provider: { ...context.billingProvider },
		priority: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/processpriority', code: 'normal' }] },
		...(rendering
			? {
					careTeam: [
						{
							sequence: 1,
							provider: { ...rendering },
							role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole', code: 'primary', display: 'Primary provider' }] }
						}
					]
				}
			: {}),
		diagnosis: worksheet.diagnoses.map((d, index) => ({
			sequence: index + 1,
			diagnosisCodeableConcept: { coding: [{ system: ICD10CM_SYSTEM, code: d.code, display: d.title }] },
			...(index === 0
				? { type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/ex-diagnosistype', code: 'principal', display: 'Principal Diagnosis' }] }] }
				: {})
		})),
		insurance: coverage ? [{ sequence: 1, focal: true, coverage: { reference: `Coverage/${coverage.id}` } }] : [],
		item: items,
		total: { value: sumDollars(items.map((item) => item.net?.value ?? 0)), currency: FEE_CURRENCY }
	};
}

function claimItem(line: ServiceLineDraft, index: number, worksheet: CodingWorksheet, encounter: Encounter & { id: string }, served: string | undefined, withCareTeam: boolean): ClaimItem {
	const charge = lineCharge(line.system, line.code, line.units);
	const pointers = line.pointers.map((code) => worksheet.diagnoses.findIndex((d) => d.code === code) + 1).filter((sequence) => sequence > 0);
	return {
		sequence: index + 1,
		...(withCareTeam ? { careTeamSequence: [1] } : {}),
		diagnosisSequence: pointers,
		productOrService: { coding: [{ system: SERVICE_SYSTEM_URIS[line.system], code: line.code }] },
		...(served ? { servicedDate: served } : {}),
		locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE_SYSTEM, code: '11', display: 'Office' }] },
		quantity: { value: line.units },
		...(charge
			? { unitPrice: { value: charge.unitPrice, currency: FEE_CURRENCY }, net: { value: charge.net, currency: FEE_CURRENCY } }
			: {}),
		encounter: [{ reference: `Encounter/${encounter.id}` }]
	};
}

function queryExtension(query: ProviderQuery): Extension {
	const parts: Extension[] = [
		{ url: 'question', valueString: query.question },
		{ url: 'askedAt', valueDateTime: query.askedAt },
		{ url: 'askedBy', valueString: query.askedBy },
		{ url: 'status', valueCode: query.status }
	];
	if (query.to) parts.push({ url: 'to', valueReference: { ...query.to } });
	if (query.answer !== undefined) parts.push({ url: 'answer', valueString: query.answer });
	if (query.answeredAt !== undefined) parts.push({ url: 'answeredAt', valueDateTime: query.answeredAt });
	return { url: PROVIDER_QUERY_URL, extension: parts };
}

/** True while a query to the provider waits for an answer: the claim is held. */
export function hasOpenQuery(claim: Pick<Claim, 'extension'>): boolean {
	return (claim.extension ?? []).some(
		(e) => e.url === PROVIDER_QUERY_URL && e.extension?.some((part) => part.url === 'status' && part.valueCode === 'open')
	);
}

/** The worksheet a stored Claim was built from, so a draft reopens as the coder left it. */
export function worksheetFromClaim(claim: Claim): CodingWorksheet {
	const diagnoses = (claim.diagnosis ?? []).map((d) => {
		const coding = d.diagnosisCodeableConcept?.coding?.find((c) => c.system === ICD10CM_SYSTEM);
		return { code: coding?.code ?? '', title: coding?.display ?? '' };
	});
	const bySequence = new Map((claim.diagnosis ?? []).map((d, index) => [d.sequence, diagnoses[index]!.code]));
	const lines = (claim.item ?? []).flatMap((item): ServiceLineDraft[] => {
		const coding = item.productOrService.coding?.[0];
		const system = serviceSystemOf(coding?.system);
		if (!system || !coding?.code) return [];
		const pointers = (item.diagnosisSequence ?? []).map((s) => bySequence.get(s)).filter((code): code is string => code !== undefined);
		return [{ system, code: coding.code, units: item.quantity?.value ?? 1, pointers }];
	});
	const queries = (claim.extension ?? []).filter((e) => e.url === PROVIDER_QUERY_URL).map(queryFromExtension);
	return { diagnoses, lines, queries };
}

function queryFromExtension(extension: Extension): ProviderQuery {
	const part = (url: string) => extension.extension?.find((e) => e.url === url);
	const to = part('to')?.valueReference;
	const answer = part('answer')?.valueString;
	const answeredAt = part('answeredAt')?.valueDateTime;
	return {
		question: part('question')?.valueString ?? '',
		askedAt: part('askedAt')?.valueDateTime ?? '',
		askedBy: part('askedBy')?.valueString ?? '',
		status: part('status')?.valueCode === 'answered' ? 'answered' : 'open',
		...(to ? { to: { ...(to.reference ? { reference: to.reference } : {}), ...(to.display ? { display: to.display } : {}) } } : {}),
		...(answer !== undefined ? { answer } : {}),
		...(answeredAt !== undefined ? { answeredAt } : {})
	};
}
