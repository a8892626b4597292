/**
 * Who may do what to which part of the chart: role-based access as data (45 CFR 164.308(a)(4)
 * information access management; 164.514(d)(2) minimum necessary for the workforce: "identify
 * the persons or classes of persons who need access … and the categories of information";
 * ONC 45 CFR 170.315(d)(1) access control). A section missing from a role means no access.
 * Each role's `rationale` says why its column looks the way it does.
 */
import type { Role } from './roles';
import { CHART_SECTIONS, type RecordAction, type RecordSection } from './record-sections';

export interface RoleAccess {
	/** Why this role sees and changes what it does, in the words of a clinic's access policy. */
	rationale: string;
	/** The purpose under which the role's views are recorded. */
	purpose: 'treatment' | 'payment' | 'operations' | 'roi-audit';
	grants: Partial<Record<RecordSection, readonly RecordAction[]>>;
}

/** The same actions on each of these sections, typed so a misspelt action fails the build. */
function grantOnEach(sections: readonly RecordSection[], actions: readonly RecordAction[]): RoleAccess['grants'] {
	return Object.fromEntries(sections.map((section) => [section, actions]));
}

/**
 * Rooming and clinical support: read the clinical record, chart what is measured or reported at the
 * visit (vitals, allergies, medication history, vaccines given). Shared by the medical assistant
 * and the nurse, who adds nursing notes.
 */
const ROOMING: RoleAccess['grants'] = {
	demographics: ['view'],
	scheduling: ['view'],
	problems: ['view'],
	allergies: ['view', 'create', 'update'],
	medications: ['view', 'create', 'update'],
	vitals: ['view', 'create', 'update'],
	labs: ['view'],
	immunizations: ['view', 'create', 'update', 'print'],
	notes: ['view'],
	encounters: ['view'],
	orders: ['view'],
	documents: ['view']
};

export const ROLE_PERMISSIONS: Readonly<Record<Role, RoleAccess>> = {
	'front-desk': {
		rationale:
			'Registers patients, verifies insurance, books visits and scans intake paperwork. Needs who the ' +
			'patient is and how they pay, never the clinical record: no problems, notes or results.',
		purpose: 'operations',
		grants: {
			demographics: ['view', 'create', 'update', 'print'],
			insurance: ['view', 'create', 'update', 'print'],
			scheduling: ['view', 'create', 'update', 'print'],
			documents: ['view', 'create']
		}
	},
	'medical-assistant': {
		rationale:
			'Rooms patients: checks identity, takes vitals, records allergies, the medication history and ' +
			'vaccines given under an order. Reads problems, results and notes to prepare the visit. Records ' +
			'medications but never prescribes (a MedicationRequest is a licensed prescriber\'s order).',
		purpose: 'treatment',
		grants: ROOMING
	},
	nurse: {
		rationale:
			'Assesses and treats under the care plan: everything a medical assistant charts (including the ' +
			'medication history nurses reconcile), and nursing notes. Does not prescribe, order or sign for ' +
			'the physician.',
		purpose: 'treatment',
		grants: { ...ROOMING, notes: ['view', 'create', 'update'] }
	},
	physician: {
		rationale:
			'Diagnoses, orders, prescribes and signs: every clinical action, including prescriptions and ' +
			'note signatures no other role may make. Prints for the patient in front of them, and exports the ' +
			'chart they treat from to the next treating provider at a transition of care (a treatment disclosure, ' +
			'45 CFR 164.506(c)); every other release goes through the privacy officer.',
		purpose: 'treatment',
		grants: {
			demographics: ['view', 'export'],
			scheduling: ['view', 'export'],
			problems: ['view', 'create', 'update', 'print', 'export'],
			allergies: ['view', 'create', 'update', 'print', 'export'],
			medications: ['view', 'create', 'update', 'print', 'prescribe', 'export'],
			vitals: ['view', 'create', 'update', 'print', 'export'],
			labs: ['view', 'create', 'update', 'print', 'export'],
			immunizations: ['view', 'create', 'update', 'print', 'export'],
			notes: ['view', 'create', 'update', 'print', 'sign', 'export'],
			encounters: ['view', 'create', 'update', 'print', 'export'],
			orders: ['view', 'create', 'update', 'print', 'export'],
			documents: ['view', 'create', 'export']
		}
	},
	coder: {
		rationale:
			'Assigns diagnosis and procedure codes from the documentation and builds the claim: reads notes, ' +
			'problems and encounters, reads who pays, writes only billing. Never changes clinical documentation ' +
			'(a coder who disagrees queries the physician).',
		purpose: 'payment',
		grants: {
			demographics: ['view'],
			insurance: ['view'],
			problems: ['view'],
			notes: ['view'],
			encounters: ['view'],
			billing: ['view', 'create', 'update', 'print']
		}
	},
	'privacy-officer': {
		rationale:
			'Runs access audits, investigates complaints and releases information under authorization: may ' +
			'read every section, but only for a release-of-information or audit purpose that is stated and ' +
			'recorded. The only role that reads the access audit or discloses outside the clinic.',
		purpose: 'roi-audit',
		grants: {
			// Every part of the chart, to investigate and to release; never to change it.
			...grantOnEach(CHART_SECTIONS, ['view', 'print', 'export', 'disclose']),
			// Signed authorizations and requests are scanned into the chart's documents.
			documents: ['view', 'create', 'print', 'export', 'disclose'],
			audit: ['view', 'print', 'export']
		}
	}
};

/**
 * Emergency access (45 CFR 164.312(a)(2)(ii); ONC 170.315(d)(6)): a clinician may open or chart
 * clinical information their role or care-team membership would not allow, to treat someone in an
 * emergency. It opens information, not authority: no prescribing, signing or release.
 */
export const EMERGENCY_ACCESS = {
	roles: ['nurse', 'physician'],
	actions: ['view', 'create', 'update']
} as const satisfies { roles: readonly Role[]; actions: readonly RecordAction[] };
