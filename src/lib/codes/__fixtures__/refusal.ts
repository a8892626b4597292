/** The message a parser refuses a file with; fails the test when the file is accepted. */
export function refusalOf(parse: () => unknown): string {
	try {
		parse();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the file was accepted');
}
