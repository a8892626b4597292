/**
 * A lesson's story, read at run time (the instructor's preview of a file that was never built),
 * as a tree of plain nodes for components to render: no HTML string is ever produced, so
 * nothing in the file can reach the page as markup. Raw HTML is parsed as text (markdown-it
 * with `html: false`), only a fixed set of elements exists, links keep web and in-page
 * addresses only, and images become their description: a preview never fetches anything.
 * `<Exercise id="…" />` alone in a paragraph becomes an exercise, as in a built lesson.
 */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

export const MARKDOWN_TAGS = [
	'p',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'li',
	'blockquote',
	'pre',
	'code',
	'strong',
	'em',
	's',
	'a',
	'hr',
	'br',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
] as const;
export type MarkdownTag = (typeof MARKDOWN_TAGS)[number];

export type MarkdownNode =
	| { kind: 'element'; tag: MarkdownTag; href?: string; children: MarkdownNode[] }
	| { kind: 'text'; text: string }
	| { kind: 'exercise'; id: string };

const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });

const EXERCISE = /^<Exercise\s+id=["']([a-z0-9-]+)["']\s*\/?>\s*(?:<\/Exercise>)?$/;
const SAFE_HREF = /^(?:https?:|mailto:|\/(?!\/)|#)/i;

/** The page has its own headings: the story's start `shift` levels down (a `#` is an h2 by default). */
function tagOf(token: Token, shift: number): MarkdownTag | undefined {
	const heading = /^h([1-6])$/.exec(token.tag);
	const tag = heading === null ? token.tag : `h${Math.min(6, Number(heading[1]) + shift)}`;
	return (MARKDOWN_TAGS as readonly string[]).includes(tag) ? (tag as MarkdownTag) : undefined;
}

function element(token: Token, shift: number): MarkdownNode & { kind: 'element' } {
	const node: MarkdownNode & { kind: 'element' } = { kind: 'element', tag: tagOf(token, shift) ?? 'p', children: [] };
	const href = token.attrGet('href');
	if (token.tag === 'a' && href !== null && SAFE_HREF.test(href.trim())) node.href = href.trim();
	return node;
}

/** Nesting tokens (open, leaf, close) into a tree; elements outside the set keep only their content. */
function build(tokens: readonly Token[], shift: number): MarkdownNode[] {
	const root: MarkdownNode[] = [];
	const stack: MarkdownNode[][] = [root];
	const here = () => stack.at(-1) as MarkdownNode[];
	for (const token of tokens) {
		if (token.type === 'inline') {
			here().push(...build(token.children ?? [], shift));
		} else if (token.type === 'text' || token.type === 'html_inline' || token.type === 'html_block') {
			if (token.content !== '') here().push({ kind: 'text', text: token.content });
		} else if (token.type === 'image') {
			const alt = token.children?.map((child) => child.content).join('') ?? '';
			here().push({ kind: 'text', text: `[image${alt === '' ? '' : `: ${alt}`}]` });
		} else if (token.type === 'code_inline') {
			here().push({ kind: 'element', tag: 'code', children: [{ kind: 'text', text: token.content }] });
		} else if (token.type === 'code_block' || token.type === 'fence') {
			here().push({ kind: 'element', tag: 'pre', children: [{ kind: 'element', tag: 'code', children: [{ kind: 'text', text: token.content }] }] });
		} else if (token.type === 'softbreak') {
			here().push({ kind: 'text', text: '\n' });
		} else if (token.type === 'hardbreak' || token.type === 'hr') {
			here().push({ kind: 'element', tag: token.type === 'hr' ? 'hr' : 'br', children: [] });
		} else if (token.nesting === 1) {
			const node = element(token, shift);
			const known = tagOf(token, shift) !== undefined;
			if (known) here().push(node);
			stack.push(known ? node.children : here());
		} else if (token.nesting === -1) {
			if (stack.length > 1) stack.pop();
		}
	}
	return root;
}

function exerciseOf(node: MarkdownNode): MarkdownNode {
	if (node.kind !== 'element') return node;
	if (node.tag === 'p' && node.children.length === 1 && node.children[0]?.kind === 'text') {
		const match = EXERCISE.exec(node.children[0].text.trim());
		if (match !== null) return { kind: 'exercise', id: match[1] ?? '' };
	}
	return { ...node, children: node.children.map(exerciseOf) };
}

export function parseLessonMarkdown(body: string, { headingShift = 1 }: { headingShift?: number } = {}): MarkdownNode[] {
	return build(parser.parse(body, {}), headingShift).map(exerciseOf);
}
