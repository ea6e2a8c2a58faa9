import { startHttpService } from '@newsflow/http';

import { SearchApiModule } from './search-api.module';
import { loadSearchApiSettings } from './search-api-settings';

export async function startSearchApi(): Promise<void> {
  const settings = loadSearchApiSettings();
  await startHttpService(SearchApiModule.register(settings), {
    service: 'search-api',
    host: settings.HTTP_HOST,
    port: settings.HTTP_PORT,
  });
}
