import type { Bundle, Resource } from '@medplum/fhirtypes';
import { finding, type Finding } from '$lib/findings/finding';
import { R4_REQUIRED_ELEMENTS } from './fhir-shape';

export interface BundleImportPlan {
	/** Resources to store, references rewritten to `Type/id`. Empty when any error was found. */
	resources: Resource[];
	findings: Finding[];
	/** Resource types in the bundle that Chartroom does not keep, with counts (reported, skipped). */
	skipped: Record<string, number>;
}

const ID = /^[A-Za-z0-9\-.]{1,64}$/;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every `reference` string anywhere in a resource, with a setter to rewrite it. */
function rewriteReferences(value: unknown, rewrite: (reference: string) => string): void {
	if (Array.isArray(value)) {
		for (const item of value) rewriteReferences(item, rewrite);
	} else if (isObject(value)) {
		for (const [key, child] of Object.entries(value)) {
			if (key === 'reference' && typeof child === 'string') value[key] = rewrite(child);
			else rewriteReferences(child, rewrite);
		}
	}
}

/**
 * Check a parsed FHIR R4 Bundle (e.g. one Synthea wrote) and plan its import. Pure: nothing is
 * written; any error means the plan holds no resources, so the file is refused whole.
 * Synthea's `urn:uuid:` references become `Type/id` references the chart can follow.
 */
export function planBundleImport(value: unknown, file: string): BundleImportPlan {
	const findings: Finding[] = [];
	const skipped: Record<string, number> = {};
	const refuse = (code: string, where: string, message: string) => findings.push(finding('error', code, where, message));

	if (!isObject(value) || value.resourceType !== 'Bundle') {
		refuse('import.not-a-bundle', file, 'This is not a FHIR Bundle: the top level must have "resourceType": "Bundle".');
		return { resources: [], findings, skipped };
	}
	const bundle = value as unknown as Bundle;
	if (!Array.isArray(bundle.entry) || bundle.entry.length === 0) {
		refuse('import.empty-bundle', `${file}: Bundle.entry`, 'The bundle has no entries to import.');
		return { resources: [], findings, skipped };
	}

	const fullUrls = new Map<string, string>();
	const kept: Resource[] = [];
	bundle.entry.forEach((entry, index) => {
		const where = `${file}: Bundle.entry[${index}].resource`;
		const resource = entry.resource as unknown;
		if (!isObject(resource) || typeof resource.resourceType !== 'string') {
			refuse('import.not-a-resource', where, 'This entry has no resource with a resourceType.');
			return;
		}
		const type = resource.resourceType;
		const required = R4_REQUIRED_ELEMENTS[type];
		if (!required) {
			skipped[type] = (skipped[type] ?? 0) + 1;
			return;
		}
		if (typeof resource.id !== 'string' || !ID.test(resource.id)) {
			refuse('import.bad-id', `${where}.id`, `A ${type} needs an id of 1–64 letters, digits, "-" or "." (FHIR R4 id).`);
			return;
		}
		for (const element of required) {
			if (resource[element] === undefined || resource[element] === null) refuse('import.missing-element', `${where}.${element}`, `${type}.${element} is required by FHIR R4 and is missing.`);
		}
		if (typeof entry.fullUrl === 'string') fullUrls.set(entry.fullUrl, `${type}/${resource.id}`);
		kept.push(resource as unknown as Resource);
	});

	if (!kept.some((r) => r.resourceType === 'Patient')) refuse('import.no-patient', file, 'The bundle has no Patient: there is no chart to import into.');
	if (findings.length) return { resources: [], findings, skipped };

	for (const resource of kept) rewriteReferences(resource, (reference) => fullUrls.get(reference) ?? reference);
	for (const [type, count] of Object.entries(skipped)) {
		findings.push(finding('info', 'import.skipped-type', file, `${count} ${type} resource${count === 1 ? '' : 's'} skipped: Chartroom does not keep ${type}.`));
	}
	return { resources: kept, findings, skipped };
}
