/** What global-setup started, handed to the test files through the environment. */
export const stack = {
  get ingestUrl() {
    return required('NEWSFLOW_TEST_INGEST_URL');
  },
  get searchUrl() {
    return required('NEWSFLOW_TEST_SEARCH_URL');
  },
  get kafkaBrokers() {
    return required('NEWSFLOW_TEST_KAFKA_BROKERS').split(',');
  },
  get databaseUrl() {
    return required('NEWSFLOW_TEST_DATABASE_URL');
  },
  get elasticsearchUrl() {
    return required('NEWSFLOW_TEST_ELASTICSEARCH_URL');
  },
  get indexPrefix() {
    return required('NEWSFLOW_TEST_INDEX_PREFIX');
  },
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration tests through their jest config`);
  return value;
}
