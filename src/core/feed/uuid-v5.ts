/** Name-based UUIDs (RFC 9562 version 5): stable ids derived from ids we already have, by the `uuid` package. */
import { v5, validate } from 'uuid';

/** Namespace for names Sharefeed derives ids from when it has no better namespace (a fixed random UUID). */
export const SHAREFEED_NAMESPACE = '4f0c7a52-6d1e-4b8a-9c53-2a7d0e61b9f4';

export function isUuid(value: string): boolean {
  return validate(value);
}

export function uuidV5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new Error(`Not a UUID: ${namespace}`);
  // As UTF-8 bytes, as the RFC says: the package's own string encoding throws on a lone surrogate.
  return v5(new TextEncoder().encode(name), namespace);
}
