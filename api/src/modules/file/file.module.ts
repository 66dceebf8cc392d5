import { defineModule } from '../../common/module';
import { fileRoutes } from './file.routes';
import { StoredFile } from './stored-file.entity';

export const fileModule = defineModule({
  name: 'file',
  entities: [StoredFile],
  routes: [{ path: '/files', router: ({ config, logger, orm, clock }) => fileRoutes(config, logger, orm, clock) }],
});
