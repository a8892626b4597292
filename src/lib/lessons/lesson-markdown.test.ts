import { describe, expect, test } from 'vitest';
import { parseLessonMarkdown, type MarkdownNode } from './lesson-markdown';

function texts(nodes: readonly MarkdownNode[]): string {
	return nodes.map((node) => (node.kind === 'text' ? node.text : node.kind === 'exercise' ? `[exercise ${node.id}]` : texts(node.children))).join('');
}

function tags(nodes: readonly MarkdownNode[]): string[] {
	return nodes.flatMap((node) => (node.kind === 'element' ? [node.tag, ...tags(node.children)] : []));
}

describe('parseLessonMarkdown', () => {
	test('headings, emphasis, lists, quotes and tables become their elements; headings start at h2', () => {
		const nodes = parseLessonMarkdown('# Title\n\nSome **bold** and *soft* text.\n\n* one\n* two\n\n> quoted\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
		expect(tags(nodes)).toEqual(['h2', 'p', 'strong', 'em', 'ul', 'li', 'p', 'li', 'p', 'blockquote', 'p', 'table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td']);
		expect(texts(nodes)).toContain('Some bold and soft text.');
		expect(tags(parseLessonMarkdown('# A\n\n###### F', { headingShift: 2 }))).toEqual(['h3', 'h6']);
	});

	test('raw HTML stays text: no script, no image, no handler reaches the tree as an element', () => {
		const nodes = parseLessonMarkdown('<script>window.pwned = 1</script>\n\nHello <img src=x onerror="window.pwned = 2"> there\n\n<div onclick="x()">block</div>\n');
		expect(tags(nodes)).toEqual(['p', 'p', 'p']);
		expect(texts(nodes)).toContain('<script>window.pwned = 1</script>');
		expect(texts(nodes)).toContain('<img src=x onerror="window.pwned = 2">');
	});

	test('links keep web and in-page addresses only; images become their description', () => {
		const nodes = parseLessonMarkdown('[ok](https://example.org) [bad](javascript:alert(1)) [data](data:text/html,x) ![a chart](https://example.org/x.png)');
		const links = JSON.stringify(nodes);
		expect(links).toContain('"href":"https://example.org"');
		// The others stay words on the page: never an address.
		expect(links.match(/"href"/g)).toHaveLength(1);
		expect(texts(nodes)).toContain('[image: a chart]');
		expect(links).not.toContain('x.png');
		expect(JSON.stringify(parseLessonMarkdown('[x](//evil.example/y) [y](#top)'))).toBe(
			JSON.stringify([{ kind: 'element', tag: 'p', children: [{ kind: 'element', tag: 'a', children: [{ kind: 'text', text: 'x' }] }, { kind: 'text', text: ' ' }, { kind: 'element', tag: 'a', children: [{ kind: 'text', text: 'y' }], href: '#top' }] }])
		);
	});

	test('an Exercise tag alone in a paragraph becomes the exercise; cast references stay for the page to fill', () => {
		const nodes = parseLessonMarkdown('Mrs. {walkin.name} is here.\n\n<Exercise id="register" />\n');
		expect(nodes.at(-1)).toEqual({ kind: 'exercise', id: 'register' });
		expect(texts(nodes)).toContain('Mrs. {walkin.name} is here.');
	});
});
