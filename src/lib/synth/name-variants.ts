/**
 * Spellings that sound alike, for "similar patient" cases (Jon Smith vs John Smith): the kind of
 * near-duplicate a front desk must tell apart by birth date and a second identifier.
 */
const GIVEN: readonly (readonly string[])[] = [
	['John', 'Jon'], ['Steven', 'Stephen'], ['Catherine', 'Katherine', 'Kathryn'], ['Sara', 'Sarah'],
	['Ann', 'Anne'], ['Brian', 'Bryan'], ['Eric', 'Erik'], ['Carl', 'Karl'], ['Alan', 'Allan', 'Allen'],
	['Mark', 'Marc'], ['Teresa', 'Theresa'], ['Kristen', 'Kristin'], ['Rebecca', 'Rebekah'],
	['Philip', 'Phillip'], ['Jeffrey', 'Jeffery'], ['Michael', 'Micheal'], ['Lindsay', 'Lindsey'],
	['Megan', 'Meghan'], ['Caitlin', 'Kaitlyn'], ['Isaac', 'Issac'], ['Sean', 'Shawn'], ['Aidan', 'Aiden'],
	['Elizabeth', 'Elisabeth'], ['Jayden', 'Jaden'], ['Madeline', 'Madelyn'], ['Zachary', 'Zackary'],
	['Hailey', 'Haley'], ['Jacqueline', 'Jaqueline'], ['Nicholas', 'Nicolas'], ['Gary', 'Garry']
];

const FAMILY: readonly (readonly string[])[] = [
	['Smith', 'Smyth'], ['Thompson', 'Thomson'], ['Peterson', 'Petersen'], ['Anderson', 'Andersen'],
	['Meyer', 'Meier', 'Myer'], ['Reid', 'Reed'], ['Johnson', 'Jonson'], ['Clark', 'Clarke'],
	['Green', 'Greene'], ['Gray', 'Grey'], ['Stewart', 'Stuart'], ['Hansen', 'Hanson'], ['Nielsen', 'Nelson']
];

function variantsOf(table: readonly (readonly string[])[], name: string): readonly string[] {
	return table.find((row) => row.includes(name))?.filter((other) => other !== name) ?? [];
}

export function givenNameVariants(name: string): readonly string[] {
	return variantsOf(GIVEN, name);
}

export function familyNameVariants(name: string): readonly string[] {
	return variantsOf(FAMILY, name);
}

/** Given names that have a variant, to seed a similar-name pair when the original has none. */
export const GIVEN_NAMES_WITH_VARIANTS: readonly string[] = GIVEN.map((row) => row[0] as string);
