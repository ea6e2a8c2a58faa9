import { useEffect, useState } from 'react';

import { matchingStoryReports, type SearchHit, type StoryReport } from './api';
import { useUi } from './context';
import { exactTime, languageName, relativeTime } from './format';
import { MarkedText } from './MarkedText';
import { inPlace } from './navigation';
import { articleUrl, type SearchState } from './search-state';

export function HitList({ items, search }: { items: SearchHit[]; search: SearchState }) {
  return (
    <ol className="hits">
      {items.map((hit) => (
        <Hit key={hit.id} hit={hit} search={search} />
      ))}
    </ol>
  );
}

function Hit({ hit, search }: { hit: SearchHit; search: SearchState }) {
  const ui = useUi();
  const { t, labels } = ui;
  const [expanded, setExpanded] = useState(false);
  const url = articleUrl(hit.id, ui.locale);
  const more = hit.moreReports ?? 0;
  return (
    <li className="hit" lang={hit.language === 'und' ? undefined : hit.language}>
      <h2>
        <a href={url} onClick={inPlace(ui.navigate, url)}>
          {hit.titleHighlight ? <MarkedText html={hit.titleHighlight} /> : (hit.title ?? t.untitled)}
        </a>
      </h2>
      <p className="snippet">
        <MarkedText html={hit.snippet} />
      </p>
      <p className="meta" lang={ui.locale}>
        <span className="badge" title={languageName(hit.language, ui.locale)}>
          {hit.language.toUpperCase()}
        </span>
        <span className="source">{hit.source}</span>
        <When report={hit} />
        {hit.countries.length > 0 && (
          <span className="countries">{hit.countries.map((code) => labels.countries[code] ?? code).join(', ')}</span>
        )}
      </p>
      {more > 0 && (
        <div className="story">
          <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? t.hideReports : t.moreReports(more)}
          </button>
          {expanded && <OtherReports storyId={hit.storyId} self={hit.id} search={search} />}
        </div>
      )}
    </li>
  );
}

/** The story's other reports that match the search, loaded when the journalist expands the hit. */
function OtherReports({ storyId, self, search }: { storyId: string; self: string; search: SearchState }) {
  const { t, locale } = useUi();
  const [reports, setReports] = useState<SearchHit[] | 'loading' | 'failed'>('loading');
  const key = JSON.stringify([search, storyId, locale]);
  useEffect(() => {
    const controller = new AbortController();
    matchingStoryReports(search, storyId, locale, controller.signal).then(
      (result) => setReports(result.items),
      () => controller.signal.aborted || setReports('failed'),
    );
    return () => controller.abort();
    // The key stands for the search's content; its object identity changes with every render.
  }, [key]);
  if (reports === 'loading') return <p role="status">{t.loading}</p>;
  if (reports === 'failed') return <p role="status">{t.failed}</p>;
  return (
    <ul className="reports">
      {reports
        .filter((report) => report.id !== self)
        .map((report) => (
          <Report key={report.id} report={report} />
        ))}
    </ul>
  );
}

export function Report({ report }: { report: StoryReport }) {
  const ui = useUi();
  const url = articleUrl(report.id, ui.locale);
  return (
    <li lang={report.language === 'und' ? undefined : report.language}>
      <a href={url} onClick={inPlace(ui.navigate, url)}>
        {report.title ?? ui.t.untitled}
      </a>{' '}
      <span className="meta" lang={ui.locale}>
        <span className="source">{report.source}</span> <When report={report} />
      </span>
    </li>
  );
}

/** When an article was published, or, when its source did not say, when newsflow received it. */
export function When({
  report,
  bare = false,
}: {
  report: Pick<StoryReport, 'publishedAt' | 'receivedAt'>;
  bare?: boolean;
}) {
  const { locale, t } = useUi();
  const at = report.publishedAt ?? report.receivedAt;
  const what = report.publishedAt ? t.published : t.received;
  return (
    <time dateTime={at} title={`${what}: ${exactTime(at, locale)}`}>
      {bare ? '' : `${what} `}
      {relativeTime(at, locale)} · {exactTime(at, locale)}
    </time>
  );
}
