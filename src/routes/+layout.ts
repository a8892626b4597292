// Every page is prerendered as a shell; records live in the browser and load on the client.
export const prerender = true;
export const trailingSlash = 'never';
