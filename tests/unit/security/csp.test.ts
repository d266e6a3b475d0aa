import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../../src/main/security/csp';

/** directive name -> its sources, so assertions read as "script-src allows X". */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(parsed.has(name), `directive ${name} appears twice`).toBe(false);
    parsed.set(name, sources);
  }
  return parsed;
}

describe('contentSecurityPolicy', () => {
  it('is exactly the strict policy in packaged builds', () => {
    expect(contentSecurityPolicy({ dev: false })).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('never lets scripts run inline or from eval, nor anything load from the network, when packaged', () => {
    const policy = directives(contentSecurityPolicy({ dev: false }));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource.some((source) => /^(https?|wss?):/.test(source) || source === '*')).toBe(false);
  });

  it('relaxes only what the dev server needs: inline scripts and a localhost websocket', () => {
    const dev = directives(contentSecurityPolicy({ dev: true }));
    const packaged = directives(contentSecurityPolicy({ dev: false }));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*']);
    for (const name of packaged.keys()) {
      if (name === 'script-src' || name === 'connect-src') continue;
      expect(dev.get(name), name).toEqual(packaged.get(name));
    }
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces any policy the response carried, whatever the header case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy(
      {
        'content-security-policy': ['default-src *'],
        'CONTENT-SECURITY-POLICY': 'script-src *',
        'Content-Type': 'text/html',
        'Set-Cookie': ['a=1', 'b=2'],
      },
      "default-src 'self'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Set-Cookie': ['a=1', 'b=2'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });

  it('adds the policy when the response had no headers at all', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'self'")).toEqual({
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });
});
