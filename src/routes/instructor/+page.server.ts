import { existsSync } from 'node:fs';
import type { PageServerLoad } from './$types';

// Runs at build time only (the page is prerendered): tells the page whether the deployer built the
// full ICD-10-CM set into the site, so the browser never asks for an asset that is not there.
export const load: PageServerLoad = () => ({ fullSetInBuild: existsSync('static/codes/icd10cm-full.json') });
