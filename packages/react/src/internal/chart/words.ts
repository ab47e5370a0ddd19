// Every word the chart shell says, in one place. When the provider's `messages` catalogue lands,
// this module is the one import to swap: each entry keeps its name and signature. Plain functions
// and constants rather than one object, so a bundle keeps only the words its component says.

/** What a component is called in its own error words: never "chart" for a list or a card. */
export type ComponentNoun = 'chart' | 'list' | 'card' | 'sparkline';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The data-table toggle. */
export const showTableWords = 'Show data table';
export const hideTableWords = 'Hide data table';

/** The data table's caption: `MRR movements: data`. */
export function tableCaptionWords(title: string): string {
  return `${title}: data`;
}

/** The loading state's announcement: `Loading MRR movements…`. */
export function loadingWords(what: string): string {
  return `Loading ${what}…`;
}

/** The error state's headline, written for the reader. */
export function couldNotShowWords(noun: ComponentNoun): string {
  return `This ${noun} couldn't be shown.`;
}

/** Why, when rows of the data are bad. */
export function invalidRowsWords(rows: number): string {
  return `${rows} row${plural(rows, ' of the data is', 's of the data are')} invalid.`;
}

/** Why, when the data could not be read at all (the detail names the problem). */
export const unreadableDataWords = 'The data it was given could not be read.';

/** The disclosure holding the technical detail (issue list or error message). */
export const errorDetailWords = 'Technical details';

/** A gap in a tooltip's value. */
export const noValueWords = 'no value';
