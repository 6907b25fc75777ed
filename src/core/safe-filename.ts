/**
 * A file name part that is safe on every system a person may save to: lower-case ASCII letters, digits and
 * single hyphens, never empty, never a reserved Windows device name, at most `maxLength` characters.
 */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export function safeFilename(name: string, fallback = 'untitled', maxLength = 60): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  if (!ascii) return fallback;
  return RESERVED.test(ascii) ? `${ascii}-` : ascii;
}
