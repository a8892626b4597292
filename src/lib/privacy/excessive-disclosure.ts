/**
 * Releasing more than the request needs (45 CFR 164.514(d)(3)): for a patient with a request in
 * the lesson, every print, export or disclosure is compared with the sections requested; one
 * finding per release that let out anything more.
 */
import type { PrivacyInput } from './privacy-input';
import { describeSections, privacyFinding, type PrivacyFinding } from './privacy-finding';
import { RELEASE_ACTIONS, releasedSections } from './released-sections';
import { auditWhere, successful } from './timeline';

export function checkExcessiveDisclosure(input: PrivacyInput): PrivacyFinding[] {
	const requests = input.requests ?? [];
	const findings: PrivacyFinding[] = [];
	for (const record of successful(input.audit, RELEASE_ACTIONS)) {
		const forPatient = requests.filter((request) => request.patient === record.patient);
		if (forPatient.length === 0) continue; // no request to measure against: another rule's concern
		const needed = new Set<string>(forPatient.flatMap((request) => request.sections));
		const excess = releasedSections(record).filter((section) => !needed.has(section));
		if (excess.length === 0) continue;
		findings.push(
			privacyFinding('excessive-disclosure', 'beyond-request', {
				at: record.at,
				where: auditWhere(record),
				evidence: [record],
				values: { sections: describeSections(excess) }
			})
		);
	}
	return findings;
}
