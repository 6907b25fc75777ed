/** Name-based UUIDs (RFC 4122 §4.3, version 5): stable ids derived from ids we already have. */
import { sha1 } from './sha1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Namespace for names Sharefeed derives ids from when it has no better namespace (a fixed random UUID). */
export const SHAREFEED_NAMESPACE = '4f0c7a52-6d1e-4b8a-9c53-2a7d0e61b9f4';

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function uuidV5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new Error(`Not a UUID: ${namespace}`);
  const ns = Uint8Array.from(namespace.replace(/-/g, '').match(/../g)!, (byte) => parseInt(byte, 16));
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, 16);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
