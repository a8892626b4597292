import { error } from '@sveltejs/kit';
import { findCatalogEntry, lessonCatalog } from '$lib/lessons/lesson-catalog';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => lessonCatalog.map((entry) => ({ id: entry.id }));

export const load: PageLoad = ({ params }) => {
	if (findCatalogEntry(params.id) === undefined) error(404, `No lesson "${params.id}"`);
	return { id: params.id };
};
