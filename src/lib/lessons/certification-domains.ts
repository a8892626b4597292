/**
 * The certification exam domains a lesson can claim to prepare for, so instructors can map
 * a course onto an exam blueprint. Titles follow the published content outlines; the
 * weights change with each job-task analysis, so they are not kept here.
 */
export const CERTIFICATION_DOMAINS = [
	// NHA Certified Electronic Health Records Specialist (CEHRS) test plan.
	{ id: 'cehrs:clinical-operations', exam: 'NHA CEHRS', title: 'Clinical operations' },
	{ id: 'cehrs:non-clinical-operations', exam: 'NHA CEHRS', title: 'Non-clinical operations' },
	{ id: 'cehrs:revenue-cycle', exam: 'NHA CEHRS', title: 'Revenue cycle' },
	{ id: 'cehrs:regulatory-compliance', exam: 'NHA CEHRS', title: 'Regulatory compliance' },
	{ id: 'cehrs:reporting', exam: 'NHA CEHRS', title: 'Reporting' },
	// AHIMA Registered Health Information Technician (RHIT) exam content outline, six domains.
	{ id: 'rhit:data-governance', exam: 'AHIMA RHIT', title: 'Data content, structure, and information governance' },
	{ id: 'rhit:access-privacy-security', exam: 'AHIMA RHIT', title: 'Access, disclosure, privacy, and security' },
	{ id: 'rhit:data-analytics', exam: 'AHIMA RHIT', title: 'Data analytics and use' },
	{ id: 'rhit:revenue-cycle', exam: 'AHIMA RHIT', title: 'Revenue cycle management' },
	{ id: 'rhit:compliance', exam: 'AHIMA RHIT', title: 'Compliance' },
	{ id: 'rhit:leadership', exam: 'AHIMA RHIT', title: 'Leadership' }
] as const;

export type CertificationDomainId = (typeof CERTIFICATION_DOMAINS)[number]['id'];

export const CERTIFICATION_DOMAIN_IDS: readonly CertificationDomainId[] = CERTIFICATION_DOMAINS.map((domain) => domain.id);

export function certificationDomainTitle(id: CertificationDomainId): string {
	const domain = CERTIFICATION_DOMAINS.find((candidate) => candidate.id === id);
	return domain === undefined ? id : `${domain.exam}: ${domain.title}`;
}
