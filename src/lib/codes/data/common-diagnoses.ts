/**
 * The codes a primary-care coder reaches for first when the note says no more than the problem's
 * name: the default (usually "unspecified" or "without complications") code for each common problem.
 * The encoder ranks these first among equal matches, then the rest of the shipped set, then the rest
 * of ICD-10-CM — the way a clinic's pick list sits above the full index.
 *
 * Source: chosen by Chartroom's authors for the clinic the lessons simulate; not a published
 * frequency table. Every code is in ICD-10-CM FY2022 and in the shipped set (checked by test).
 */
export const COMMON_PRIMARY_CARE_CODES: readonly string[] = [
	// Chronic conditions
	'I10', 'I12.9', 'E11.9', 'E11.65', 'E11.22', 'E78.5', 'E78.00', 'E66.9', 'E03.9', 'R73.03', 'E55.9',
	'J45.909', 'J44.9', 'I50.9', 'I48.91', 'I25.10', 'N18.30', 'N18.9', 'K21.9', 'F32.A', 'F32.9',
	'F41.1', 'F41.9', 'F17.210', 'Z87.891', 'M17.9', 'M19.90', 'M10.9', 'G43.909', 'G47.33', 'G47.00',
	'N40.0', 'N52.9', 'D64.9', 'D50.9', 'E28.2', 'J30.9', 'F90.9', 'I73.9',
	// Acute problems and symptoms
	'J06.9', 'J02.9', 'J02.0', 'J01.90', 'J20.9', 'J11.1', 'J18.9', 'U07.1', 'N39.0', 'H66.90',
	'H65.90', 'H10.9', 'H61.20', 'H92.09', 'R05.9', 'R50.9', 'R51.9', 'R07.9', 'R06.02', 'R10.9',
	'R11.2', 'R19.7', 'R42', 'R53.83', 'R21', 'M54.50', 'M25.561', 'M25.562', 'L30.9', 'L20.9',
	'L03.90', 'L70.0', 'B35.3', 'B02.9', 'K59.00', 'K58.9', 'R30.0', 'I63.9', 'G45.9', 'I21.9',
	'S93.409A',
	// Encounters and status
	'Z00.00', 'Z00.01', 'Z00.121', 'Z00.129', 'Z23', 'Z12.11', 'Z12.31', 'Z13.1', 'Z79.01', 'Z79.4',
	'Z79.84', 'Z88.0', 'Z88.2', 'Z20.822', 'Z30.09', 'Z34.90', 'N95.1'
];
