import { createContext, useContext } from 'react';

import type { Labels } from './api';
import type { Locale } from './search-state';
import { STRINGS, type Strings } from './strings';

export interface UiContext {
  locale: Locale;
  t: Strings;
  labels: Labels;
  navigate: (url: string) => void;
}

export const Ui = createContext<UiContext>({
  locale: 'en',
  t: STRINGS.en,
  labels: { topics: {}, countries: {} },
  navigate: () => undefined,
});

export const useUi = () => useContext(Ui);
