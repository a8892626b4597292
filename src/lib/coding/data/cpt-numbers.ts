/**
 * The CPT (Level I HCPCS) numbers the clinic bills, as numbers only. CPT descriptors are the
 * American Medical Association's copyright and are never shipped: an instructor may supply their
 * own wording for each number in the Instructor area. The group names below are Chartroom's words
 * for where a number sits, not CPT text.
 *
 * 99201 was deleted on 1 January 2021, so new-patient office visits start at 99202.
 */
export type CptGroup = 'office-new' | 'office-established' | 'preventive-new' | 'preventive-established' | 'vaccine-administration';

export const CPT_NUMBERS: Readonly<Record<CptGroup, readonly string[]>> = {
	'office-new': ['99202', '99203', '99204', '99205'],
	'office-established': ['99211', '99212', '99213', '99214', '99215'],
	'preventive-new': ['99381', '99382', '99383', '99384', '99385', '99386', '99387'],
	'preventive-established': ['99391', '99392', '99393', '99394', '99395', '99396', '99397'],
	'vaccine-administration': ['90460', '90461', '90471', '90472']
};
