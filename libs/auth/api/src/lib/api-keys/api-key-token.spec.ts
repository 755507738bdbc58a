import { apiKeyPrefix, generateApiKey, hashApiKey, matchesApiKey } from './api-key-token';

describe('API key tokens', () => {
  it('should make a recognisable key whose prefix finds it and whose hash matches it', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^td_live_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(apiKeyPrefix(key)).toBe(prefix);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).not.toContain(key.slice(prefix.length + 1));
    expect(matchesApiKey(key, hash)).toBe(true);
  });

  it('should refuse a key with another secret, and malformed keys', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(matchesApiKey(b.key, a.hash)).toBe(false);
    expect(matchesApiKey(a.key, 'abc')).toBe(false);
    expect(apiKeyPrefix('td_live_short_x')).toBeNull();
    expect(apiKeyPrefix(`${a.key}x`)).toBeNull();
  });

  it('should not repeat keys', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });
});
