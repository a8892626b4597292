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

/** The official title, or the instructor's wording for a CPT number; blank when there is neither. */
export function serviceCodeTitle(code: Pick<ServiceCode, 'system' | 'code' | 'title'>, instructorTexts: InstructorServiceTexts = {}): string {
	return code.system === 'cpt' ? (instructorTexts[code.code]?.trim() ?? '') : (code.title ?? '');
}

/** What to show beside a code: its title, or a plain statement that CPT text is not shipped. */
export function serviceCodeText(code: Pick<ServiceCode, 'system' | 'code' | 'title'>, instructorTexts: InstructorServiceTexts = {}): string {
	const title = serviceCodeTitle(code, instructorTexts);
	if (title || code.system !== 'cpt') return title;
	return "CPT number (no description: CPT text is the AMA's; your instructor may add wording under Instructor, Wording for CPT numbers)";
}

/** `CPT 99213`, `HCPCS G0008`, `CVX 150`. */
export function serviceCodeLabel(code: Pick<ServiceCode, 'system' | 'code'>): string {
	return `${code.system.toUpperCase()} ${code.code}`;
}

export type ServiceCodeLookup = { ok: true; code: ServiceCode } | { ok: false; message: string };

/**
 * The service a coder typed, by the shape of the code: five digits a CPT number, a letter and four
 * digits an HCPCS Level II code, one to three digits a CVX vaccine code.
 */
export function resolveServiceCode(typed: string): ServiceCodeLookup {
	const text = typed.trim().toUpperCase();
	if (!text) return { ok: false, message: 'Type a service code: a CPT number (99213), an HCPCS code (G0008) or a CVX code (150).' };
	if (/^\d{5}$/.test(text)) {
		const code = findServiceCode('cpt', text);
		return code ? { ok: true, code } : { ok: false, message: `CPT ${text} is not one of the E/M or vaccine administration numbers this practice bills.` };
	}
	if (/^[A-Z]\d{4}$/.test(text)) {
		const code = findServiceCode('hcpcs', text);
		return code ? { ok: true, code } : { ok: false, message: `HCPCS ${text} is not in the HCPCS Level II list shipped with Chartroom.` };
	}
	if (/^\d{1,3}$/.test(text)) {
		const code = SERVICE_CODES.find((c) => c.system === 'cvx' && Number(c.code) === Number(text));
		return code ? { ok: true, code } : { ok: false, message: `CVX ${text} is not a vaccine this practice gives.` };
	}
	return { ok: false, message: `"${typed.trim()}" is not written like a service code: a CPT number (99213), an HCPCS code (G0008) or a CVX code (150).` };
}
