import { expect, test } from 'vitest';
import { splitFrontMatter } from './front-matter';

test('splits YAML and body and numbers their lines', () => {
	expect(splitFrontMatter('---\nid: a\ntitle: B\n---\n\nBody\n')).toEqual({
		yaml: 'id: a\ntitle: B',
		yamlFirstLine: 2,
		body: '\nBody\n',
		bodyFirstLine: 5
	});
});

test('CRLF line ends and a byte-order mark', () => {
	expect(splitFrontMatter('\uFEFF---\r\nid: a\r\n---\r\nBody')).toMatchObject({ yaml: 'id: a', body: 'Body', bodyFirstLine: 4 });
});

test('no opening fence', () => {
	expect(splitFrontMatter('# Title\n')).toEqual({
		line: 1,
		message: 'a lesson file starts with front matter: a line "---", the YAML fields, then "---"'
	});
});

test('no closing fence', () => {
	expect(splitFrontMatter('---\nid: a\n')).toEqual({ line: 1, message: 'the front matter has no closing "---" line' });
});
