import { existsSync } from 'node:fs';
import type { LayoutServerLoad } from './$types';

// Runs at build time only (the coding pages are prerendered shells): whether the deployer built the
// full ICD-10-CM set into the site, so the code checks use it and never ask for an absent asset.
export const load: LayoutServerLoad = () => ({ fullSetInBuild: existsSync('static/codes/icd10cm-full.json') });
