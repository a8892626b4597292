/**
 * The default simulated workforce: one staff member per role, plus a second nurse and physician
 * so that lessons can stage a colleague. Practice passwords, handed out by lessons; they exist to
 * be typed, guarded and (in the careless scenarios) misused.
 */
import type { StaffMember } from './staff';

export const PRACTICE_STAFF: readonly StaffMember[] = [
	{ id: 'fd-alvarez', name: 'Lucia Alvarez', role: 'front-desk', password: 'Harbor-Lights-17', workstation: 'front-1' },
	{ id: 'ma-chen', name: 'Kevin Chen', role: 'medical-assistant', password: 'Maple-Canoe-28', workstation: 'room-2' },
	{ id: 'rn-okafor', name: 'Grace Okafor', role: 'nurse', password: 'Lantern-Quartz-42', workstation: 'station-1' },
	{ id: 'rn-brennan', name: 'Tom Brennan', role: 'nurse', password: 'Copper-Meadow-55', workstation: 'station-1' },
	{ id: 'md-whitfield', name: 'Dana Whitfield', role: 'physician', password: 'Granite-Violin-61', workstation: 'room-2' },
	{ id: 'md-sato', name: 'Hiro Sato', role: 'physician', password: 'Cobalt-Orchard-73', workstation: 'room-3' },
	{ id: 'cd-mbeki', name: 'Thandi Mbeki', role: 'coder', password: 'Ledger-Willow-84', workstation: 'office-1' },
	{ id: 'po-ferreira', name: 'Ana Ferreira', role: 'privacy-officer', password: 'Beacon-Thistle-96', workstation: 'office-2' }
];
