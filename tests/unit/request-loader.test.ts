import { RequestLoader } from '../../api/common/loaders';

describe('a request loader read at once', () => {
  const loaderOf = (loaded: string) => new RequestLoader<string>(async (keys) => keys.map(() => loaded));

  it('answers a primed key without waiting, with the value the loader itself gives for it', async () => {
    const loader = loaderOf('from the database');
    loader.prime('situation-1', 'primed');
    expect(loader.peek('situation-1')).toBe('primed');
    await expect(loader.load('situation-1')).resolves.toBe('primed');
  });

  it('has nothing at once for a key it loaded, or one primed after it was asked for, as DataLoader keeps the first value', async () => {
    const loader = loaderOf('from the database');
    await loader.load('situation-1');
    loader.prime('situation-1', 'primed too late');
    expect(loader.peek('situation-1')).toBeUndefined();
    await expect(loader.load('situation-1')).resolves.toBe('from the database');
  });

  it('keeps the first of two primes and forgets what is cleared', () => {
    const loader = loaderOf('from the database');
    loader.prime('situation-1', 'first').prime('situation-1', 'second');
    expect(loader.peek('situation-1')).toBe('first');
    loader.clear('situation-1');
    expect(loader.peek('situation-1')).toBeUndefined();
  });
});
