// DoH endpoint list and URL rules, free of the wire codec so UI bundles stay small.

export const DEFAULT_ENDPOINTS = [
  'https://cloudflare-dns.com/dns-query',
  'https://dns.google/dns-query',
  'https://dns.quad9.net/dns-query',
] as const;

/**
 * Is this a usable RFC 8484 endpoint? https only, except plain http to a loopback address
 * (a resolver on this machine; WHATWG "potentially trustworthy" origins).
 */
export function isDohEndpoint(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password || u.hash) return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(u.hostname);
}

/** Short name for messages: the endpoint's host (and port). */
export function endpointLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
