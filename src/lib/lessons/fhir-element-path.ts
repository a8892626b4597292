/**
 * Checks a simple element path (`Patient.name.family`) against the FHIR R4 model shipped
 * with fhirpath.js, so that a typo in a key is caught by lessons:check instead of silently
 * matching nothing for every learner.
 */
import r4 from 'fhirpath/fhir-context/r4';

/** Element types whose children are listed under the element's own path. */
const INLINE_TYPES = new Set(['BackboneElement', 'Element']);

export function isResourceType(name: string): boolean {
	let current: string | undefined = name;
	for (let depth = 0; current !== undefined && depth < 5; depth += 1) {
		current = r4.type2Parent[current];
		if (current === 'Resource') return true;
	}
	return false;
}

/** The type at `owner.field`, looking up inherited fields (`HumanName.id` is `Element.id`). */
function fieldType(owner: string, field: string): { path: string; type?: string; choice: boolean } | undefined {
	let current: string | undefined = owner;
	for (let depth = 0; current !== undefined && depth < 6; depth += 1) {
		const written = `${current}.${field}`;
		const path = r4.pathsDefinedElsewhere[written] ?? written;
		const type = r4.path2Type[written] ?? r4.path2Type[path];
		if (type !== undefined) return { path, type, choice: false };
		if (r4.choiceTypePaths[written] !== undefined) return { path, choice: true };
		if (r4.pathsDefinedElsewhere[written] !== undefined) return { path, choice: false };
		current = r4.type2Parent[current];
	}
	return undefined;
}

const SEGMENT = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A message saying what is wrong with the path, or undefined when it is a real element path. */
export function checkElementPath(path: string): string | undefined {
	const segments = path.split('.');
	if (!segments.every((segment) => SEGMENT.test(segment))) {
		return `"${path}" is not an element path (names joined by dots); write a FHIRPath expression under fhirpath: instead`;
	}
	const [resourceType = '', ...fields] = segments;
	if (!isResourceType(resourceType)) return `unknown resource type "${resourceType}"`;
	let owner = resourceType;
	for (const [index, field] of fields.entries()) {
		const found = fieldType(owner, field);
		if (found === undefined) return `unknown field "${segments.slice(0, index + 2).join('.')}"`;
		// A choice element (Observation.value) can hold several types: stop checking there.
		if (found.choice) return undefined;
		owner = found.type === undefined || INLINE_TYPES.has(found.type) ? found.path : found.type;
	}
	return undefined;
}
