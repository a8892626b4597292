import type { PageLoad } from './$types';

// Charts exist only in the learner's browser: rendered on the client, served by the SPA fallback.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ params }) => ({ patientId: params.id });
