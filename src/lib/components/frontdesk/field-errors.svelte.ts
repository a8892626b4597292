/**
 * When a form shows a field's error: as soon as something is typed in it (so a wrong phone
 * number is caught while typing), once the learner has left it, or after a save was tried —
 * never for an untouched, empty field the moment the form opens.
 */
export class FieldErrors<F extends string> {
	#touched = $state<Partial<Record<F, boolean>>>({});
	tried = $state(false);

	touch(field: F): void {
		this.#touched[field] = true;
	}

	shown(field: F, error: string | undefined, typed: string): string | undefined {
		if (!error) return undefined;
		return this.tried || this.#touched[field] || typed.trim() !== '' ? error : undefined;
	}

	/** After a failed save: put the keyboard on the first field that is wrong. */
	focusFirst(root: ParentNode | undefined, fields: readonly F[], errors: Partial<Record<F, string>>, idOf: (field: F) => string): void {
		const first = fields.find((field) => errors[field]);
		if (first) root?.querySelector<HTMLElement>(`#${idOf(first)}`)?.focus();
	}
}
