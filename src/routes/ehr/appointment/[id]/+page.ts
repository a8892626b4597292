import type { PageLoad } from './$types';

// Appointments exist only in the learner's browser: rendered on the client, served by the SPA fallback.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ params }) => ({ appointmentId: params.id });
