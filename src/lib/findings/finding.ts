/**
 * One shape for everything Chartroom judges: grading checks, privacy flags, lesson-file errors,
 * import errors. Modules produce findings as data; one component renders them.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
	severity: Severity;
	/** Stable machine code, e.g. `privacy.unlocked-workstation` or `lesson.unknown-cast-member`. */
	code: string;
	/** Where: a FHIRPath into a resource, or `file:line: field` for files. */
	where: string;
	/** Plain words for the learner or instructor. */
	message: string;
	hint?: string;
	/** The values or audit events behind the finding. */
	evidence?: unknown[];
	/** Points earned / possible, for grading checks. */
	points?: { earned: number; possible: number };
}

export function finding(
	severity: Severity,
	code: string,
	where: string,
	message: string,
	extra: Partial<Pick<Finding, 'hint' | 'evidence' | 'points'>> = {}
): Finding {
	return { severity, code, where, message, ...extra };
}

/** Errors first, then warnings, then info; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
	const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
	return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
