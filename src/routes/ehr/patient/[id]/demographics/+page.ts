import type { PageLoad } from './$types';

// Charts exist only in the learner's browser: rendered on the client, served by the SPA fallback.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ params, url }) => {
	// Only a screen of this EHR may be returned to (never another site).
	const back = url.searchParams.get('return') ?? '';
	return { patientId: params.id, returnTo: /^\/ehr\/[\w/-]*$/.test(back) ? back : `/ehr/patient/${params.id}` };
};
