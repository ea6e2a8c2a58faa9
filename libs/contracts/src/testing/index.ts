export * from './classified-article.fixture';
export * from './hostile-runs';
export * from './storable';
