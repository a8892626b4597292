/**
 * The intake form as scanned pages: SVG strings of a printed form (ruled boxes, small caps labels)
 * filled in by hand (a cursive system font stack in ink blue, each entry slightly askew), on an
 * off-white page with scanner grain. Only system fonts: the site requests nothing from elsewhere.
 * Pure and seeded, so the same content and seed draw the same pages.
 */
import { Random } from '$lib/synth/random';
import type { IntakeContent } from './intake-content';

const WIDTH = 850;
const HEIGHT = 1100;
const PRINT = "'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
/** Handwriting fonts Windows, macOS and many Linux desktops ship; italic keeps a slant where none is installed. */
const HAND = "'Segoe Print', 'Bradley Hand', 'Comic Sans MS', 'Chalkboard SE', 'URW Chancery L', cursive";
const INK = '#1d2a6e';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** "1984-03-09" → "3/9/1984": how people write dates by hand on US forms. */
export function handDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return y && m && d ? `${Number(m)}/${Number(d)}/${y}` : iso;
}

class Page {
	parts: string[] = [];
	constructor(private random: Random) {}

	label(x: number, y: number, text: string, size = 11) {
		this.parts.push(`<text x="${x}" y="${y}" font-family="${PRINT}" font-size="${size}" fill="#333" letter-spacing="0.5">${escapeXml(text.toUpperCase())}</text>`);
	}
	heading(x: number, y: number, text: string, size = 16) {
		this.parts.push(`<text x="${x}" y="${y}" font-family="${PRINT}" font-size="${size}" font-weight="700" fill="#222">${escapeXml(text)}</text>`);
	}
	/** A labelled box with the handwritten value in it. */
	field(x: number, y: number, width: number, label: string, value: string) {
		this.parts.push(`<rect x="${x}" y="${y}" width="${width}" height="44" fill="none" stroke="#555" stroke-width="1"/>`);
		this.label(x + 5, y + 13, label, 9);
		this.hand(x + 10, y + 36, value);
	}
	hand(x: number, y: number, text: string, size = 19) {
		if (!text) return;
		const angle = (this.random.next() - 0.5) * 2.4;
		const dx = (this.random.next() - 0.5) * 4;
		this.parts.push(
			`<text x="${x + dx}" y="${y}" transform="rotate(${angle.toFixed(2)} ${x} ${y})" font-family="${HAND}" font-style="italic" font-size="${size}" fill="${INK}">${escapeXml(text)}</text>`
		);
	}
	line(x1: number, y1: number, x2: number, y2: number, color = '#555') {
		this.parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="1"/>`);
	}
	/** A table of ruled rows: printed column heads, handwritten cells. */
	table(x: number, y: number, columns: readonly { head: string; width: number }[], rows: readonly string[][], minRows: number) {
		const width = columns.reduce((sum, c) => sum + c.width, 0);
		const count = Math.max(rows.length, minRows);
		const rowHeight = 32;
		this.parts.push(`<rect x="${x}" y="${y}" width="${width}" height="${22 + count * rowHeight}" fill="none" stroke="#555"/>`);
		let cx = x;
		for (const column of columns) {
			this.label(cx + 5, y + 15, column.head, 9);
			if (cx > x) this.line(cx, y, cx, y + 22 + count * rowHeight);
			cx += column.width;
		}
		for (let r = 0; r < count; r++) {
			const top = y + 22 + r * rowHeight;
			this.line(x, top, x + width, top);
			let left = x;
			columns.forEach((column, c) => {
				this.hand(left + 8, top + 24, rows[r]?.[c] ?? '', 17);
				left += column.width;
			});
		}
		return y + 22 + count * rowHeight;
	}
	checkbox(x: number, y: number, label: string, checked: boolean) {
		this.parts.push(`<rect x="${x}" y="${y - 12}" width="13" height="13" fill="none" stroke="#444"/>`);
		if (checked) this.parts.push(`<path d="M${x + 1} ${y - 6} l5 6 l9 -15" fill="none" stroke="${INK}" stroke-width="2.2" stroke-linecap="round"/>`);
		this.label(x + 20, y, label, 10);
	}

	svg(pageNumber: number, pageCount: number): string {
		const tilt = ((this.random.next() - 0.5) * 0.9).toFixed(2);
		return [
			`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
			`<defs><filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${this.random.int(1, 999)}"/><feColorMatrix values="0 0 0 0 0.45 0 0 0 0 0.42 0 0 0 0 0.36 0 0 0 0.09 0"/></filter></defs>`,
			`<rect width="${WIDTH}" height="${HEIGHT}" fill="#8a8a86"/>`,
			`<g transform="rotate(${tilt} ${WIDTH / 2} ${HEIGHT / 2})">`,
			`<rect x="12" y="10" width="${WIDTH - 24}" height="${HEIGHT - 20}" fill="#f7f3e8"/>`,
			`<rect x="12" y="10" width="${WIDTH - 24}" height="${HEIGHT - 20}" filter="url(#grain)"/>`,
			...this.parts,
			`<text x="${WIDTH / 2}" y="${HEIGHT - 28}" text-anchor="middle" font-family="${PRINT}" font-size="10" fill="#555">Page ${pageNumber} of ${pageCount} · Form CR-101 rev. 2024</text>`,
			`</g></svg>`
		].join('');
	}
}

function intakePage(content: IntakeContent, random: Random): Page {
	const page = new Page(random);
	const d = content.demographics;
	page.heading(50, 60, 'Chartroom Family Practice', 20);
	page.label(50, 80, 'Patient intake and health history — please print clearly', 11);
	page.label(620, 60, 'Date', 9);
	page.hand(620, 84, handDate(content.formDate));
	page.line(615, 90, 800, 90);

	page.heading(50, 125, 'Patient information', 14);
	page.field(50, 135, 300, 'Last name', d.family);
	page.field(350, 135, 300, 'First name', d.given);
	page.field(650, 135, 150, 'Sex (M/F/X)', d.sex);
	page.field(50, 179, 250, 'Date of birth', handDate(d.birthDate));
	page.field(300, 179, 500, 'Phone', d.phone);
	page.field(50, 223, 750, 'Street address', d.line);
	page.field(50, 267, 380, 'City', d.city);
	page.field(430, 267, 150, 'State', d.state);
	page.field(580, 267, 220, 'ZIP', d.postalCode);

	page.heading(50, 345, 'Insurance', 14);
	page.field(50, 355, 450, 'Insurance company', content.insurance?.payer ?? '');
	page.field(500, 355, 300, 'Member ID', content.insurance?.memberId ?? '');
	page.checkbox(50, 420, 'No insurance / self-pay', !content.insurance);

	page.heading(50, 465, 'Allergies (medicines, foods, latex, insects)', 14);
	page.checkbox(520, 465, 'No known allergies', content.noKnownAllergies);
	const allergyRows = content.allergies.map((a) => [a.substance, a.reaction, a.severity]);
	const afterAllergies = page.table(50, 475, [{ head: 'Allergic to', width: 280 }, { head: 'What happens (reaction)', width: 320 }, { head: 'How bad', width: 150 }], allergyRows, 3);

	page.heading(50, afterAllergies + 40, 'Medicines you take now (include over-the-counter)', 14);
	const medRows = content.medications.map((m) => [m.name, m.directions]);
	const afterMeds = page.table(50, afterAllergies + 50, [{ head: 'Medicine and strength', width: 430 }, { head: 'How you take it', width: 320 }], medRows, 4);

	page.label(50, Math.min(afterMeds + 50, 1030), 'Patient signature', 9);
	page.hand(170, Math.min(afterMeds + 50, 1030), `${d.given} ${d.family}`, 22);
	page.line(165, Math.min(afterMeds + 56, 1036), 500, Math.min(afterMeds + 56, 1036));
	return page;
}

function notePage(content: IntakeContent, random: Random): Page {
	const page = new Page(random);
	page.heading(50, 60, 'Chartroom Family Practice', 20);
	page.label(50, 80, 'Provider visit note', 11);
	page.field(50, 100, 500, 'Patient', `${content.demographics.family}, ${content.demographics.given}`);
	page.field(550, 100, 250, 'Visit date', handDate(content.formDate));
	for (let i = 0; i < 18; i++) page.line(50, 200 + i * 40, 800, 200 + i * 40, '#9bb3d4');
	page.line(95, 160, 95, 920, '#d99');
	content.visitNote.forEach((text, i) => page.hand(105, 192 + i * 40, text, 20));
	return page;
}

/** The scanned pages, in order: the intake form, then the handwritten visit note. */
export function intakePages(content: IntakeContent, seed: string): string[] {
	const random = new Random('paper-pages', seed);
	const pages = [intakePage(content, random.fork('intake')), notePage(content, random.fork('note'))];
	return pages.map((page, i) => page.svg(i + 1, pages.length));
}
