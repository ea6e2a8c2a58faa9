import { WireMediaTypes } from '@newsflow/contracts';
import { batchBody, concurrencyLimit, jsonBody, startHttpService } from '@newsflow/http';

import { IngestModule } from './ingest.module';
import { loadIngestSettings } from './ingest-settings';

/** A feed registration or change is a URL and a few fields. */
const FEED_REQUEST_MAX_BYTES = 16 * 1024;

export async function startIngest(): Promise<void> {
  const settings = loadIngestSettings();
  await startHttpService(IngestModule.register(settings), {
    service: 'ingest',
    host: settings.HTTP_HOST,
    port: settings.HTTP_PORT,
    configure: (app) => {
      app.use(
        '/v1/articles/batch',
        concurrencyLimit(settings.INGEST_BATCH_MAX_CONCURRENT),
        batchBody({ maxBytes: settings.INGEST_BATCH_MAX_BODY_BYTES, maxItems: settings.INGEST_BATCH_MAX_ARTICLES }),
      );
      app.use('/v1/feeds', jsonBody(FEED_REQUEST_MAX_BYTES));
      app.use(jsonBody(settings.INGEST_MAX_BODY_BYTES, { documentTypes: Object.keys(WireMediaTypes) }));
    },
  });
}
