import { expect, test } from 'vitest';
import { CERTIFICATION_DOMAINS, certificationDomainTitle } from './certification-domains';

test('domain ids are unique and prefixed by their exam', () => {
	const ids = CERTIFICATION_DOMAINS.map((domain) => domain.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const domain of CERTIFICATION_DOMAINS) {
		expect(domain.id.startsWith(domain.exam === 'NHA CEHRS' ? 'cehrs:' : 'rhit:')).toBe(true);
	}
});

test('a domain title names its exam', () => {
	expect(certificationDomainTitle('rhit:compliance')).toBe('AHIMA RHIT: Compliance');
});
