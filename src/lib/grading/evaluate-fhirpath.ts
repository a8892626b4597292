/**
 * FHIRPath over the learner's resources, with the R4 model so that choice elements
 * (`Observation.value`) and types resolve. Inputs are cloned because fhirpath.js annotates
 * the objects it walks, and grading must leave the record as it found it.
 */
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';

export type FhirPathResult = { ok: true; values: unknown[] } | { ok: false; error: string };

/** The parser's first line: "line: 1; column: 14; message: mismatched input…" is enough. */
function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n')[0] ?? text;
}

/** Whether an expression parses; the error message when it does not. */
export function checkFhirPathSyntax(expression: string): string | undefined {
	try {
		fhirpath.compile(expression, r4);
		return undefined;
	} catch (error) {
		return firstLine(error);
	}
}

export function evaluateFhirPath(resources: readonly unknown[], expression: string): FhirPathResult {
	try {
		const values = fhirpath.evaluate(structuredClone([...resources]), expression, {}, r4, { async: false });
		return { ok: true, values: Array.isArray(values) ? values : [values] };
	} catch (error) {
		return { ok: false, error: firstLine(error) };
	}
}
