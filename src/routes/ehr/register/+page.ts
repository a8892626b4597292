// Registration works on the learner's own database only: rendered on the client.
export const prerender = false;
export const ssr = false;
