import { CVX_SYSTEM, CVX_VACCINES } from '$lib/codes/data/cvx-vaccines';
import { HCPCS_CURATED } from '$lib/codes/data/hcpcs-curated';
import { CPT_NUMBERS, type CptGroup } from './data/cpt-numbers';

/**
 * The codes a service line may carry: CPT numbers (E/M and vaccine administration, no descriptors),
 * HCPCS Level II codes and CVX vaccine codes, each in the group the coding screen offers it under.
 */
export type ServiceSystem = 'cpt' | 'hcpcs' | 'cvx';

export const SERVICE_SYSTEM_URIS: Readonly<Record<ServiceSystem, string>> = {
	cpt: 'http://www.ama-assn.org/go/cpt',
	hcpcs: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
	cvx: CVX_SYSTEM
};

export type ServiceGroup = CptGroup | 'vaccine-product' | 'hcpcs';

/** In the order the coding screen lists them, with Chartroom's words for each group. */
export const SERVICE_GROUPS: readonly { id: ServiceGroup; label: string }[] = [
	{ id: 'office-established', label: 'Office visit E/M, established patient (CPT)' },
	{ id: 'office-new', label: 'Office visit E/M, new patient (CPT)' },
	{ id: 'preventive-established', label: 'Preventive visit, established patient (CPT)' },
	{ id: 'preventive-new', label: 'Preventive visit, new patient (CPT)' },
	{ id: 'vaccine-administration', label: 'Vaccine administration (CPT or HCPCS)' },
	{ id: 'vaccine-product', label: 'Vaccine given (CVX)' },
	{ id: 'hcpcs', label: 'HCPCS Level II: drugs, supplies, screening' }
];

export interface ServiceCode {
	system: ServiceSystem;
	code: string;
	group: ServiceGroup;
	/** The official public-domain title (HCPCS, CVX); absent for CPT, whose text is the AMA's. */
	title?: string;
}

/** The Office-visit groups: one of these per claim and date (see the scrubber). */
export const EVALUATION_AND_MANAGEMENT: readonly ServiceGroup[] = ['office-new', 'office-established', 'preventive-new', 'preventive-established'];

const HCPCS_ADMINISTRATION = new Set(HCPCS_CURATED.filter((h) => h.use === 'vaccine administration').map((h) => h.code));

export const SERVICE_CODES: readonly ServiceCode[] = [
	...(Object.entries(CPT_NUMBERS) as [CptGroup, readonly string[]][]).flatMap(([group, codes]) =>
		codes.map((code): ServiceCode => ({ system: 'cpt', code, group }))
	),
	...HCPCS_CURATED.map(
		(h): ServiceCode => ({ system: 'hcpcs', code: h.code, group: HCPCS_ADMINISTRATION.has(h.code) ? 'vaccine-administration' : 'hcpcs', title: h.title })
	),
	...CVX_VACCINES.map((v): ServiceCode => ({ system: 'cvx', code: v.code, group: 'vaccine-product', title: v.short }))
];

export function serviceCodesIn(group: ServiceGroup): ServiceCode[] {
	return SERVICE_CODES.filter((c) => c.group === group);
}

export function findServiceCode(system: ServiceSystem, code: string): ServiceCode | undefined {
	return SERVICE_CODES.find((c) => c.system === system && c.code === code);
}

export function serviceSystemOf(uri: string | undefined): ServiceSystem | undefined {
	return (Object.keys(SERVICE_SYSTEM_URIS) as ServiceSystem[]).find((s) => SERVICE_SYSTEM_URIS[s] === uri);
}

/** Instructor-supplied wording for CPT numbers, keyed by number. */
export type InstructorServiceTexts = Readonly<Record<string, string>>;

/**
 * What to show beside a code: the official title, the instructor's wording for a CPT number, or
 * a plain statement that CPT text is not shipped.
 */
export function serviceCodeText(code: Pick<ServiceCode, 'system' | 'code' | 'title'>, instructorTexts: InstructorServiceTexts = {}): string {
	if (code.system !== 'cpt') return code.title ?? '';
	const text = instructorTexts[code.code]?.trim();
	return text ? text : 'CPT number (no description: CPT text is the AMA\'s; your instructor may add one)';
}

/** `CPT 99213`, `HCPCS G0008`, `CVX 150`. */
export function serviceCodeLabel(code: Pick<ServiceCode, 'system' | 'code'>): string {
	return `${code.system.toUpperCase()} ${code.code}`;
}
