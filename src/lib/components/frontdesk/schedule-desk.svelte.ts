import type { Appointment, Patient, Practitioner } from '@medplum/fhirtypes';
import { displayName } from '$lib/record/patient-display';
import { databaseConnection } from '$lib/app/database-connection.svelte';
import { auditStaffActions } from '$lib/app/staff-audit';
import { appointmentsBetween } from '$lib/db/appointments';
import { putResources } from '$lib/db/resources';
import {
	AppointmentChangeError,
	bookAppointment,
	cancelAppointment,
	markNoShow,
	patientOfAppointment,
	referenceId,
	rescheduleAppointment,
	type CancellationCode
} from '$lib/front-office/appointment-book';
import type { BookingForm } from '$lib/front-office/booking-form';
import { clinicNow } from '$lib/front-office/clinic-clock';
import { practitionerName } from '$lib/front-office/practitioners';
import { POPULATION } from '$lib/synth/population';

/** A fresh resource id: time-ordered, unique enough for one learner's browser. */
export function newResourceId(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The front desk's appointment book: the clinic's clinicians, the visible range of visits, and
 * every change the desk makes, each stored and audited (section `scheduling`).
 */
export class ScheduleDesk {
	practitioners = $state.raw<Practitioner[]>([]);
	appointments = $state.raw<Appointment[]>([]);
	/** The patients of the visible visits, so the book can show name and DOB as the chart does. */
	patients = $state.raw<ReadonlyMap<string, Patient>>(new Map());
	/** The scenario's today, or undefined while loading; '' when no clinic exists. */
	today = $state<string | undefined>();
	readonly utcOffset = POPULATION.clinic.utcOffset;
	#range = { from: '', to: '' };

	async open(): Promise<void> {
		const db = await databaseConnection.open();
		if (!db) return;
		const [world, practitioners] = await Promise.all([db.worlds.get('current'), db.resources<Practitioner>('Practitioner').toArray()]);
		this.practitioners = practitioners.map((row) => row.resource).sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
		this.today = world?.today ?? '';
	}

	async show(from: string, to: string): Promise<void> {
		this.#range = { from, to };
		await this.#reload();
	}

	async #reload(): Promise<void> {
		const db = databaseConnection.db;
		if (!db || !this.#range.from) return;
		const appointments = await appointmentsBetween(db, this.#range.from, this.#range.to);
		const ids = [...new Set(appointments.map((a) => referenceId(patientOfAppointment(a))).filter(Boolean))];
		const rows = await db.resources<Patient>('Patient').bulkGet(ids);
		this.patients = new Map(rows.flatMap((row) => (row ? [[row.id, row.resource] as const] : [])));
		this.appointments = appointments;
	}

	/** "Family, Given" as the chart shows it, else the name the appointment was booked under. */
	patientName(appointment: Appointment): string {
		const reference = patientOfAppointment(appointment);
		const patient = this.patients.get(referenceId(reference));
		return patient ? displayName(patient) : (reference?.display ?? 'Unknown patient');
	}

	#now(): string {
		return clinicNow(this.today || new Date().toISOString().slice(0, 10), this.utcOffset);
	}

	practitioner(id: string) {
		const p = this.practitioners.find((x) => x.id === id);
		return { reference: `Practitioner/${id}`, display: p ? practitionerName(p) : id };
	}

	/** Store one changed appointment and audit it; returns what went wrong in words, if anything. */
	async #store(appointment: Appointment, action: 'create' | 'update'): Promise<string | undefined> {
		const db = databaseConnection.db;
		if (!db) return 'The database is not open: nothing was saved.';
		try {
			// Plain data only: a reactive proxy cannot be cloned into IndexedDB.
			await putResources(db, [$state.snapshot(appointment) as Appointment]);
		} catch (error) {
			return `Nothing was saved: ${error instanceof Error ? error.message : String(error)}.`;
		}
		await auditStaffActions([{ action, section: 'scheduling', patient: referenceId(patientOfAppointment(appointment)), resource: `Appointment/${appointment.id}` }]);
		await this.#reload();
		return undefined;
	}

	async #change(make: () => Appointment, action: 'create' | 'update'): Promise<string | undefined> {
		let appointment: Appointment;
		try {
			appointment = make();
		} catch (error) {
			if (error instanceof AppointmentChangeError) return error.message;
			throw error;
		}
		return this.#store(appointment, action);
	}

	book(form: BookingForm, patient: { reference: string; display: string }): Promise<string | undefined> {
		if (!form.kind) return Promise.resolve('Choose the type of visit.');
		const kind = form.kind;
		return this.#change(
			() =>
				bookAppointment({
					id: newResourceId('appt'),
					patient,
					practitioner: this.practitioner(form.practitionerId),
					day: form.day,
					start: Number(form.start),
					kind,
					utcOffset: this.utcOffset,
					at: this.#now(),
					reason: form.reason
				}),
			'create'
		);
	}

	reschedule(appointment: Appointment, form: BookingForm): Promise<string | undefined> {
		return this.#change(
			() => rescheduleAppointment(appointment, { day: form.day, start: Number(form.start), practitioner: this.practitioner(form.practitionerId), utcOffset: this.utcOffset, at: this.#now() }),
			'update'
		);
	}

	cancel(appointment: Appointment, reason: CancellationCode, note: string): Promise<string | undefined> {
		return this.#change(() => cancelAppointment(appointment, reason, this.#now(), note), 'update');
	}

	noShow(appointment: Appointment): Promise<string | undefined> {
		return this.#change(() => markNoShow(appointment, this.#now()), 'update');
	}

	/** Opening the book shows patients' names and visit reasons: a view worth recording. */
	auditView(scope: string): void {
		void auditStaffActions([{ action: 'view', section: 'scheduling', resource: scope }]);
	}
}
