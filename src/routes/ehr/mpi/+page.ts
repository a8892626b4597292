// The index is the learner's own database: rendered on the client.
export const prerender = false;
export const ssr = false;
