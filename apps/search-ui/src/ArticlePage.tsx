import { useEffect, useState } from 'react';

import { type Article, articleJsonUrl, fetchArticle, fetchStory, NotFound, type Story } from './api';
import { useUi } from './context';
import { languageName, safeWebUrl } from './format';
import { Report, When } from './HitList';
import { inPlace } from './navigation';
import { type FilterName, type SearchState, searchUrl, withFilter } from './search-state';
import { articleTexts } from './translations';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'failed' } | { state: 'done'; article: Article };

export function ArticlePage({ id, search }: { id: string; search: SearchState }) {
  const ui = useUi();
  const { t } = ui;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [story, setStory] = useState<Story | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchArticle(id, controller.signal).then(
      (article) => {
        setLoaded({ state: 'done', article });
        fetchStory(article.newsflow.storyId, controller.signal).then(setStory, () => setStory(null));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: error instanceof NotFound ? 'missing' : 'failed' });
      },
    );
    return () => controller.abort();
  }, [id]);

  const back = searchUrl(search, ui.locale);
  return (
    <main id="main" tabIndex={-1} className="article-page">
      <p>
        <a href={back} onClick={inPlace(ui.navigate, back)}>
          ← {t.backToResults}
        </a>
      </p>
      {loaded.state === 'loading' && <p role="status">{t.loading}</p>}
      {loaded.state === 'missing' && <p role="status">{t.articleMissing}</p>}
      {loaded.state === 'failed' && <p role="status">{t.failed}</p>}
      {loaded.state === 'done' && <ArticleView article={loaded.article} story={story} search={search} />}
    </main>
  );
}

function ArticleView({ article, story, search }: { article: Article; story: Story | null; search: SearchState }) {
  const ui = useUi();
  const { t, labels } = ui;
  const meta = article.newsflow;
  const texts = articleTexts(article);
  const [shown, setShown] = useState(0);
  const text = texts[shown] ?? texts[0];
  const ownLanguage = meta.language.code === 'und' ? undefined : meta.language.code;
  const language = text.language ?? ownLanguage;
  const paragraphs = text.paragraphs;
  const passageLanguage = new Map(meta.language.passages.map((passage) => [passage.paragraph, passage.language]));
  const original = safeWebUrl(meta.url);
  const countries = [...new Set(meta.places.map((place) => place.countryCode))];
  const evidence = new Map(meta.subjects.map((subject) => [subject.code, subject.evidence]));
  // A chip applies its filter to a fresh search, so the journalist lands on every article with it.
  const filterUrl = (name: FilterName, value: string) =>
    searchUrl(withFilter({ q: '', filters: {}, page: 1, sort: search.sort }, name, value), ui.locale);

  return (
    <article lang={language}>
      <h1>{text.headline ?? t.untitled}</h1>
      {texts.length > 1 && (
        <div className="text-toggle" role="group" aria-label={t.shownText} lang={ui.locale}>
          {texts.map((option, i) => (
            <button key={option.language ?? ''} type="button" aria-pressed={i === shown} onClick={() => setShown(i)}>
              {option.language ? t.machineTranslation(languageName(option.language, ui.locale)) : t.originalText}
            </button>
          ))}
        </div>
      )}
      <p className="meta" lang={ui.locale}>
        <span className="badge" title={languageName(meta.language.code, ui.locale)}>
          {meta.language.code.toUpperCase()}
        </span>
        <span className="source">{meta.source}</span>
        <When report={{ publishedAt: article.contentcreated ?? null, receivedAt: meta.receivedAt }} />
        {original && (
          <a href={original} rel="noopener noreferrer nofollow" target="_blank">
            {t.original}
          </a>
        )}
      </p>
      <div className="body">
        {paragraphs.map((paragraph, i) => {
          const own = text.language ? undefined : passageLanguage.get(i);
          const differs = own && own !== 'und' && own !== meta.language.code;
          return (
            <p key={i} lang={differs ? own : undefined}>
              {differs && (
                <span className="badge passage-language" lang={ui.locale} title={languageName(own, ui.locale)}>
                  {own.toUpperCase()}
                </span>
              )}
              {paragraph}
            </p>
          );
        })}
      </div>
      <aside className="article-facts" lang={ui.locale}>
        <ChipGroup
          title={t.people}
          chips={article.people.map((person) => ({ label: person.name, url: filterUrl('person', person.name) }))}
        />
        <ChipGroup
          title={t.organisations}
          chips={article.organisations.map((o) => ({ label: o.name, url: filterUrl('organisation', o.name) }))}
        />
        <ChipGroup
          title={t.places}
          chips={countries.map((code) => ({ label: labels.countries[code] ?? code, url: filterUrl('country', code) }))}
        />
        {article.subjects.length > 0 && (
          <section>
            <h2>{t.topics}</h2>
            <ul className="topics">
              {article.subjects.map((subject) => (
                <li key={subject.literal}>
                  <a
                    className="chip"
                    href={filterUrl('topic', subject.literal)}
                    onClick={inPlace(ui.navigate, filterUrl('topic', subject.literal))}
                  >
                    {labels.topics[subject.literal] ?? subject.name}
                  </a>{' '}
                  <span className="confidence">
                    {t.confidence} {subject.confidence}%
                  </span>
                  {(evidence.get(subject.literal) ?? []).length > 0 && (
                    <span className="evidence">
                      {' '}
                      · {t.evidence}: {evidence.get(subject.literal)!.join(', ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>{t.otherReports}</h2>
          <OtherReports story={story} self={meta.id} />
        </section>
        <section>
          <h2>{t.provenance}</h2>
          <dl className="provenance">
            <dt>{t.source}</dt>
            <dd>{meta.source}</dd>
            <dt>{t.original}</dt>
            <dd>
              {original ? (
                <a href={original} rel="noopener noreferrer nofollow" target="_blank">
                  {original}
                </a>
              ) : (
                (meta.url ?? t.noOriginal)
              )}
            </dd>
            <dt>{t.received}</dt>
            <dd>
              <When report={{ publishedAt: null, receivedAt: meta.receivedAt }} bare />
            </dd>
            <dt>{t.extraction}</dt>
            <dd>
              {meta.extraction.method} ({Math.round(meta.extraction.confidence * 100)}%)
            </dd>
            <dt>{t.removed}</dt>
            <dd>
              {Object.entries(meta.extraction.removed)
                .filter(([, count]) => count > 0)
                .map(([what, count]) => `${what}: ${count}`)
                .join(', ') || t.nothingRemoved}
            </dd>
            {meta.flags.length > 0 && (
              <>
                <dt>{t.flags}</dt>
                <dd>{meta.flags.join(', ')}</dd>
              </>
            )}
          </dl>
          <p>
            <a href={articleJsonUrl(meta.id)} download={`${meta.id}.ninjs.json`}>
              {t.downloadNinjs}
            </a>
          </p>
        </section>
      </aside>
    </article>
  );
}

function ChipGroup({ title, chips }: { title: string; chips: { label: string; url: string }[] }) {
  const ui = useUi();
  if (chips.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul className="chips-list">
        {chips.map((chip) => (
          <li key={chip.url}>
            <a
              className="chip"
              href={chip.url}
              onClick={inPlace(ui.navigate, chip.url)}
              title={ui.t.filterBy(chip.label)}
            >
              {chip.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OtherReports({ story, self }: { story: Story | null; self: string }) {
  const ui = useUi();
  const others = story?.reports.filter((report) => report.id !== self) ?? [];
  if (others.length === 0) return <p>{ui.t.noOtherReports}</p>;
  return (
    <ul className="reports">
      {others.map((report) => (
        <Report key={report.id} report={report} />
      ))}
    </ul>
  );
}
