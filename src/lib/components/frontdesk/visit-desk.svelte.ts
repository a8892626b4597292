import type { Appointment, Coverage, Encounter, Patient } from '@medplum/fhirtypes';
import { databaseConnection } from '$lib/app/database-connection.svelte';
import { auditStaffActions, type StaffAuditEntry } from '$lib/app/staff-audit';
import { ehrSession } from '$lib/app/ehr-session.svelte';
import { patientResourcesOf } from '$lib/db/patient-resources';
import { getResource, putResources } from '$lib/db/resources';
import { AppointmentChangeError, markArrived, markFulfilled, patientOfAppointment, referenceId } from '$lib/front-office/appointment-book';
import type { CheckInCheck, CheckInForm } from '$lib/front-office/check-in';
import { clinicNow } from '$lib/front-office/clinic-clock';
import { withContactDetails } from '$lib/front-office/contact-details';
import { encounterAtCheckIn, finishEncounter, isVisitFor } from '$lib/front-office/visit-encounter';
import { POPULATION } from '$lib/synth/population';
import { newResourceId } from './schedule-desk.svelte';

/**
 * One appointment at the desk: the patient, their coverage and the visit opened at check-in.
 * Check-in and check-out each store everything they change in one write (all or nothing) and
 * audit each resource they touch.
 */
export class VisitDesk {
	appointment = $state.raw<Appointment | undefined>();
	patient = $state.raw<Patient | undefined>();
	coverage = $state.raw<Coverage[]>([]);
	encounter = $state.raw<Encounter | undefined>();
	today = $state('');
	loaded = $state(false);
	readonly utcOffset = POPULATION.clinic.utcOffset;

	async load(appointmentId: string): Promise<void> {
		const db = await databaseConnection.open();
		if (!db) return;
		const [appointment, world] = await Promise.all([getResource<Appointment>(db, 'Appointment', appointmentId), db.worlds.get('current')]);
		this.today = world?.today ?? new Date().toISOString().slice(0, 10);
		this.appointment = appointment;
		const patientId = appointment ? referenceId(patientOfAppointment(appointment)) : '';
		if (patientId) {
			const [patient, coverage, encounters] = await Promise.all([
				getResource<Patient>(db, 'Patient', patientId),
				patientResourcesOf<Coverage>(db, 'Coverage', patientId),
				patientResourcesOf<Encounter>(db, 'Encounter', patientId)
			]);
			this.patient = patient;
			this.coverage = coverage.filter((c) => c.status === 'active');
			this.encounter = encounters.find((e) => isVisitFor(e, appointmentId));
		}
		this.loaded = true;
	}

	#now(): string {
		return clinicNow(this.today, this.utcOffset);
	}

	async #write(resources: (Appointment | Encounter | Patient)[], audit: StaffAuditEntry[]): Promise<string | undefined> {
		const db = databaseConnection.db;
		if (!db) return 'The database is not open: nothing was saved.';
		try {
			await putResources(db, resources);
		} catch (error) {
			return `Nothing was saved: ${error instanceof Error ? error.message : String(error)}. Your entries are kept.`;
		}
		await auditStaffActions(audit);
		return undefined;
	}

	async checkIn(form: CheckInForm, check: CheckInCheck): Promise<string | undefined> {
		const { appointment, patient } = this;
		const user = ehrSession.user;
		if (!appointment || !patient?.id || !user) return 'Sign in and open an appointment first.';
		const at = this.#now();
		let arrived: Appointment;
		try {
			arrived = markArrived(appointment, at);
		} catch (error) {
			if (error instanceof AppointmentChangeError) return error.message;
			throw error;
		}
		const encounter = encounterAtCheckIn({
			id: newResourceId('enc'),
			appointment: arrived,
			at,
			copay: { amount: check.copay, ...(check.copay > 0 && form.method ? { method: form.method } : {}), collectedBy: user.id },
			clinicName: POPULATION.clinic.name
		});
		const updated = check.contactChanged ? { ...withContactDetails(patient, check.contact), meta: { ...patient.meta, lastUpdated: at } } : undefined;
		const patientId = patient.id;
		const failure = await this.#write([arrived, encounter, ...(updated ? [updated] : [])], [
			{ action: 'update', section: 'scheduling', patient: patientId, resource: `Appointment/${arrived.id}` },
			{ action: 'create', section: 'scheduling', patient: patientId, resource: `Encounter/${encounter.id}` },
			...(updated ? [{ action: 'update' as const, section: 'demographics', patient: patientId, resource: `Patient/${patientId}` }] : [])
		]);
		if (failure) return failure;
		this.appointment = arrived;
		this.encounter = encounter;
		if (updated) this.patient = updated;
		return undefined;
	}

	async checkOut(): Promise<string | undefined> {
		const { appointment, encounter, patient } = this;
		if (!appointment || !patient?.id) return 'Open an appointment first.';
		const at = this.#now();
		let fulfilled: Appointment;
		try {
			fulfilled = markFulfilled(appointment, at);
		} catch (error) {
			if (error instanceof AppointmentChangeError) return error.message;
			throw error;
		}
		const finished = encounter ? finishEncounter(encounter, at) : undefined;
		const patientId = patient.id;
		const failure = await this.#write([fulfilled, ...(finished ? [finished] : [])], [
			{ action: 'update', section: 'scheduling', patient: patientId, resource: `Appointment/${fulfilled.id}` },
			...(finished ? [{ action: 'update' as const, section: 'scheduling', patient: patientId, resource: `Encounter/${finished.id}` }] : [])
		]);
		if (failure) return failure;
		this.appointment = fulfilled;
		this.encounter = finished;
		return undefined;
	}
}
