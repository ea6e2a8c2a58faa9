import { runService } from '@newsflow/config';
import { startHttpService } from '@newsflow/http';

import { SearchApiModule } from './search-api.module';
import { loadSearchApiSettings } from './search-api-settings';

runService('search-api', async () => {
  const settings = loadSearchApiSettings();
  await startHttpService(SearchApiModule.register(settings), {
    service: 'search-api',
    host: settings.HTTP_HOST,
    port: settings.HTTP_PORT,
  });
});
