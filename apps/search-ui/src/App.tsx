import { useEffect, useMemo, useState } from 'react';

import { fetchLabels, type Labels } from './api';
import { ArticlePage } from './ArticlePage';
import { Ui } from './context';
import { inPlace, useLocation } from './navigation';
import { type Locale, localeOf, parseLocation } from './search-state';
import { SearchPage } from './SearchPage';
import { STRINGS } from './strings';

const NO_LABELS: Labels = { topics: {}, countries: {} };

export function App() {
  const [location, navigate] = useLocation();
  const locale = localeOf(location.search, navigator.language);
  const view = parseLocation(location.pathname, location.search);
  const [labels, setLabels] = useState<Labels>(NO_LABELS);

  useEffect(() => {
    document.documentElement.lang = locale;
    fetchLabels(locale).then(setLabels, () => setLabels(NO_LABELS));
  }, [locale]);

  const ui = useMemo(() => ({ locale, t: STRINGS[locale], labels, navigate }), [locale, labels, navigate]);

  const switchLocale = (next: Locale) => {
    const params = new URLSearchParams(location.search);
    params.set('hl', next);
    navigate(`${location.pathname}?${params}`);
  };

  return (
    <Ui.Provider value={ui}>
      <a className="skip" href="#main">
        {ui.t.skipToResults}
      </a>
      <header className="top">
        <a className="brand" href={`/?hl=${locale}`} onClick={inPlace(navigate, `/?hl=${locale}`)}>
          {ui.t.appName}
        </a>
        <nav aria-label={ui.t.uiLanguage} className="locales">
          {(['en', 'uk'] as const).map((code) => (
            <button key={code} type="button" aria-pressed={code === locale} onClick={() => switchLocale(code)}>
              {code === 'en' ? 'English' : 'Українська'}
            </button>
          ))}
        </nav>
      </header>
      {view.kind === 'article' ? (
        <ArticlePage key={view.id} id={view.id} search={view.search} />
      ) : (
        <SearchPage search={view.search} />
      )}
    </Ui.Provider>
  );
}
