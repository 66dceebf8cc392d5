import type { AutocompleteInputChangeReason } from '@mui/material';
import { type SyntheticEvent, useState } from 'react';
import { useDebounced } from './useDebounced';

/**
 * The typing of an autocomplete whose options the server finds (a picker of competencies,
 * positions, employees): the text to search for once typing pauses, and whether to ask yet. A
 * picker asks once its list is first opened or typed into, not when the page shows it, so a page
 * with a picker costs no query, store and sort of options no one has looked at. Spread
 * `autocomplete` on MUI's `Autocomplete` and give its `loading` through `loading(queryLoading)`,
 * which is true before the first answer too, so the list never says "nothing found" before asking.
 */
export function useServerSearch<Option>() {
  const [text, setText] = useState('');
  const [opened, setOpened] = useState(false);
  const search = useDebounced(text.trim());
  return {
    /** The text to search for, trimmed, once typing has paused. */
    search,
    /** For the query's `skip`: nothing is asked before the list is first opened or typed into. */
    skip: !opened,
    loading: (queryLoading: boolean) => !opened || queryLoading,
    autocomplete: {
      onOpen: () => setOpened(true),
      onInputChange: (_: SyntheticEvent, typed: string, reason: AutocompleteInputChangeReason) => {
        if (reason === 'input') {
          setOpened(true);
          setText(typed);
        }
        if (reason === 'clear') setText('');
      },
      // Reopened, the list shows the first options again rather than the last search's.
      onClose: () => setText(''),
      // The server has filtered them.
      filterOptions: (options: Option[]) => options,
    },
  };
}

/** The options found, with the chosen one first when the search did not find it (so the field can show it). */
export function withChosen<T extends { id: string }>(found: T[], chosen: T | null): T[] {
  return chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;
}
