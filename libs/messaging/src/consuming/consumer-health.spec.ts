import { ConsumerHealth } from './consumer-health';

describe('ConsumerHealth', () => {
  it('is not ready before any group is expected or joined', async () => {
    await expect(new ConsumerHealth().check()).rejects.toThrow('has not joined its group');
  });

  it('is ready only once every expected group has joined', async () => {
    const health = new ConsumerHealth();
    health.expectGroup('newsflow-indexer');
    health.expectGroup('newsflow-indexer-background');
    health.joinedGroup('newsflow-indexer');
    await expect(health.check()).rejects.toThrow('newsflow-indexer-background');
    health.joinedGroup('newsflow-indexer-background');
    await expect(health.check()).resolves.toBeUndefined();
  });

  it('names the group whose consumer crashed, and recovers when it joins again', async () => {
    const health = new ConsumerHealth();
    health.joinedGroup('newsflow-indexer');
    health.joinedGroup('newsflow-indexer-background');
    health.crashed('newsflow-indexer-background', 'broker went away');
    await expect(health.check()).rejects.toThrow('consumer of newsflow-indexer-background stopped: broker went away');
    health.joinedGroup('newsflow-indexer-background');
    await expect(health.check()).resolves.toBeUndefined();
  });

  it('reports a paused partition while its dependency fails', async () => {
    const health = new ConsumerHealth();
    health.joinedGroup('newsflow-indexer');
    health.dependencyFailing('news.article.classified.v2/0', 'elasticsearch unavailable');
    await expect(health.check()).rejects.toThrow('elasticsearch unavailable');
    health.dependencyWorking('news.article.classified.v2/0');
    await expect(health.check()).resolves.toBeUndefined();
  });
});
