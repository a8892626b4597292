import { describe, expect, it } from 'vitest';
import { countByAgeBand } from './age-bands';

describe('countByAgeBand', () => {
	it('counts whole years into bands, skipping unknown birth dates', () => {
		const born = ['2026-01-01', '2008-11-03', '2008-11-02', '1981-11-02', '1951-11-02', '1950-01-01', ''];
		expect(countByAgeBand(born.map((birthDate) => ({ birthDate })), '2026-11-02')).toEqual([
			{ label: '0–17', count: 2 },
			{ label: '18–44', count: 1 },
			{ label: '45–64', count: 1 },
			{ label: '65–74', count: 0 },
			{ label: '75+', count: 2 }
		]);
	});
});
