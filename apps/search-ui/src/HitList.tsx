import { useState } from 'react';

import type { SearchHit, StoryReport } from './api';
import { useUi } from './context';
import { exactTime, languageName, relativeTime } from './format';
import { MarkedText } from './MarkedText';
import { inPlace } from './navigation';
import { articleUrl } from './search-state';

export function HitList({ items }: { items: SearchHit[] }) {
  return (
    <ol className="hits">
      {items.map((hit) => (
        <Hit key={hit.id} hit={hit} />
      ))}
    </ol>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
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
          {expanded && (
            <ul className="reports">
              {(hit.otherReports ?? []).map((report) => (
                <Report key={report.id} report={report} />
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

function Report({ report }: { report: StoryReport }) {
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

export function When({ report }: { report: Pick<StoryReport, 'publishedAt' | 'receivedAt'> }) {
  const { locale } = useUi();
  const at = report.publishedAt ?? report.receivedAt;
  return (
    <time dateTime={at} title={exactTime(at, locale)}>
      {relativeTime(at, locale)} · {exactTime(at, locale)}
    </time>
  );
}
