import { createApolloServer } from '../../../api/src/server';
import { testConfig } from '../../support/test-app';
import { createLogger } from '../../../api/src/logger';

describe('shutting down', () => {
  it('leaves SIGINT and SIGTERM to the server, which closes the database before the process ends', async () => {
    const saved = process.env.NODE_ENV;
    // Outside tests Apollo would otherwise take the signals and end the process itself.
    process.env.NODE_ENV = 'production';
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const apollo = createApolloServer(testConfig(), createLogger('silent'));
    try {
      await apollo.start();
      expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
    } finally {
      process.env.NODE_ENV = saved;
      await apollo.stop();
    }
  });
});
