// The book lives only in the learner's browser and is addressed by query (?day=…&view=…): client-rendered.
export const prerender = false;
export const ssr = false;
