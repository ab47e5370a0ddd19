import { plural } from '../../messages/template';
import { useCommonWords } from '../issueWords';

// Every word the chart shell says, from the provider's `common` messages (English outside a
// provider). One hook, so the shell's components read the catalogue the same way.

/** What a component is called in its own error words: never "chart" for a list or a card. */
export type ComponentNoun = 'chart' | 'list' | 'card' | 'sparkline';

/** The chart shell's words in the reader's language. */
export interface ShellWords {
  showTable: string;
  hideTable: string;
  couldNotShow: (noun: ComponentNoun) => string;
  invalidRows: (rows: number) => string;
  errorDetail: string;
}

/** The chart shell's words from the nearest provider's `common` messages. */
export function useShellWords(): ShellWords {
  const { m, format } = useCommonWords();
  return {
    showTable: m.showTable,
    hideTable: m.hideTable,
    couldNotShow: (noun) => m.couldNotShow[noun],
    invalidRows: (rows) =>
      plural(m.invalidRows, format.locale, rows, { count: format.count(rows) }),
    errorDetail: m.errorDetail,
  };
}
