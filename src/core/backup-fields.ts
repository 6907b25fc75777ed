/**
 * Reading one object of a backup file field by field. Everything in the file is untrusted: each reader checks the
 * type, the size and the form of one field and throws a `BackupProblem` whose message is the sentence the person
 * sees ("The title of share 12 is not text."). Keys that were never read are reported so they can be dropped.
 */

/** Thrown while reading a backup; its message is one sentence a person can act on. */
export class BackupProblem extends Error {}

/** Keys that could reach an object's prototype if some later code copied the object carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Strict ISO 8601 date-time with a zone; normalized to `Date#toISOString` form when read. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ISO form of a date string, or null when it is not an ISO 8601 date-time. */
export function isoDate(value: string): string | null {
  if (!ISO_DATE.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class FieldReader {
  private readonly read = new Set<string>();

  /**
   * @param name how sentences name the object, lower-case: "share 12", "share 12’s article", "the feed settings"
   * @param plural whether `name` takes "have" ("the feed settings have no title")
   */
  constructor(
    private readonly obj: Record<string, unknown>,
    readonly name: string,
    private readonly plural = false,
  ) {
    for (const key of Object.keys(obj)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new BackupProblem(
          `${capitalize(name)} ${plural ? 'contain' : 'contains'} the field “${key}”, which Sharefeed never writes — the file was altered and cannot be restored.`,
        );
      }
    }
  }

  /** Opens `value` as an object, or explains what it is instead. */
  static open(value: unknown, name: string, plural = false): FieldReader {
    if (!isRecord(value)) throw new BackupProblem(`${capitalize(name)} ${plural ? 'are' : 'is'} not a JSON object.`);
    return new FieldReader(value, name, plural);
  }

  private take(key: string, label: string): unknown {
    this.read.add(key);
    const value = this.obj[key];
    if (value === undefined) {
      throw new BackupProblem(`${capitalize(this.name)} ${this.plural ? 'have' : 'has'} no ${label}.`);
    }
    return value;
  }

  fail(label: string, problem: string): never {
    throw new BackupProblem(`The ${label} of ${this.name} ${problem}.`);
  }

  string(key: string, label: string, max: number): string {
    const value = this.take(key, label);
    if (typeof value !== 'string') this.fail(label, 'is not text');
    if (value.length > max) {
      this.fail(label, `is too long (${value.length.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')})`);
    }
    return value;
  }

  /** A string a newer format added: empty when an older file has none. */
  optionalString(key: string, label: string, max: number): string {
    return this.obj[key] === undefined ? '' : this.string(key, label, max);
  }

  nullableString(key: string, label: string, max: number): string | null {
    return this.obj[key] === null ? (this.read.add(key), null) : this.string(key, label, max);
  }

  /** A required ISO 8601 date-time, returned in `toISOString` form. */
  date(key: string, label: string): string {
    const value = this.string(key, label, 40);
    const iso = isoDate(value);
    if (iso === null) this.fail(label, `(“${value}”) is not a date like 2025-01-31T12:00:00.000Z`);
    return iso;
  }

  nullableDate(key: string, label: string): string | null {
    return this.obj[key] === null ? (this.read.add(key), null) : this.date(key, label);
  }

  /** An absolute URL whose scheme is one of `schemes` (by default a web address). */
  url(key: string, label: string, max: number, schemes: readonly string[] = ['http:', 'https:']): string {
    const value = this.string(key, label, max);
    let scheme = '';
    try {
      scheme = new URL(value).protocol;
    } catch {
      // Not an absolute URL: reported below with the same sentence as a bad scheme.
    }
    if (!schemes.includes(scheme)) this.fail(label, 'is not a web address (http or https)');
    return value;
  }

  nullableUrl(key: string, label: string, max: number, schemes?: readonly string[]): string | null {
    return this.obj[key] === null ? (this.read.add(key), null) : this.url(key, label, max, schemes);
  }

  integer(key: string, label: string, min: number, max: number): number {
    const value = this.take(key, label);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(label, `is not a whole number from ${min} to ${max.toLocaleString('en')}`);
    }
    return value;
  }

  boolean(key: string, label: string): boolean {
    const value = this.take(key, label);
    if (typeof value !== 'boolean') this.fail(label, 'is not true or false');
    return value;
  }

  oneOf<T extends string>(key: string, label: string, values: readonly T[]): T {
    const value = this.take(key, label);
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      this.fail(label, `is not one of ${values.map((v) => `“${v}”`).join(', ')}`);
    }
    return value as T;
  }

  array(key: string, label: string, max: number): unknown[] {
    const value = this.take(key, label);
    if (!Array.isArray(value)) this.fail(label, 'is not a list');
    if (value.length > max) this.fail(label, `has ${value.length.toLocaleString('en')} items; the limit is ${max.toLocaleString('en')}`);
    return value;
  }

  /** The raw value of a field that another reader checks (a nested object). */
  value(key: string, label: string): unknown {
    return this.take(key, label);
  }

  /** Keys present in the object that no reader asked for; they are dropped. */
  unknownKeys(): string[] {
    return Object.keys(this.obj).filter((key) => !this.read.has(key));
  }
}
