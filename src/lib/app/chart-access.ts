import { writeAudit } from './audit-trail';
import { ehrSession } from './ehr-session.svelte';

/**
 * Record that the signed-in user is looking at one section of a chart, and for how long:
 * a `view` now and a `view-end` with the time on screen when `close` is called. Access
 * reports answer "who looked, for how long, from which terminal" from these pairs. A reason
 * stated to open a chart outside the care team goes on each of its views.
 */
export function openChartSection(patientId: string, section: string, reason?: string): () => void {
	const user = ehrSession.user;
	if (!user) return () => {};
	const started = Date.now();
	const base = { user: user.id, role: user.role, workstation: ehrSession.workstation, patient: patientId, section, resource: `Patient/${patientId}`, attempt: ehrSession.state.attempt, ...(reason ? { reason } : {}) };
	const opened = writeAudit([{ ...base, at: new Date(started).toISOString(), action: 'view', outcome: 'success' }]);
	let closed = false;
	return () => {
		if (closed) return;
		closed = true;
		const durationMs = Date.now() - started;
		void opened.then(([ref]) => writeAudit([{ ...base, at: new Date(started).toISOString(), action: 'view-end', outcome: 'success', durationMs, ref }]));
	};
}
