import { WireMediaTypes } from '@newsflow/contracts';
import { jsonBody, startHttpService } from '@newsflow/http';

import { IngestModule } from './ingest.module';
import { loadIngestSettings } from './ingest-settings';

export async function startIngest(): Promise<void> {
  const settings = loadIngestSettings();
  await startHttpService(IngestModule.register(settings), {
    service: 'ingest',
    host: settings.HTTP_HOST,
    port: settings.HTTP_PORT,
    configure: (app) =>
      app.use(jsonBody(settings.INGEST_MAX_BODY_BYTES, { documentTypes: Object.keys(WireMediaTypes) })),
  });
}
