/**
 * The stack of open elements while re-serializing HTML. Every element is closed explicitly and in order, and the
 * cases where an HTML parser would close or insert elements on its own (a block inside a paragraph, a new list
 * item, a cell outside a row, text in a table…) are resolved here first, so what we write parses without errors
 * and into the structure we meant.
 */
import {
  ALLOWED,
  CELL_BOUNDARY,
  CLOSES_P,
  HEADING,
  STOPS_LIST_ITEM,
  TABLE_CONTEXT,
  TABLE_PART,
  VOID,
  elementInfo,
  type ElementInfo,
} from './html-elements';

const TR = elementInfo('tr');
const TD = elementInfo('td');
/** Text that is only HTML white space: spaces, and line breaks and tabs, which our text writes as references. */
const BLANK = /^(?: |&#(?:9|10);)*$/;
const BLANK_OR_SPACE = /^(?:\s|&#(?:9|10);)*$/;
/** A line break as escaped text is written (see html-text.ts). */
export const LINE_BREAK = '&#10;';

export class OpenElements {
  /** Whether anything a reader would see (text, an image) was written. */
  visible = false;
  /** Pieces of the output, joined once at the end: a flat string, not a rope of thousands of small ones. */
  private readonly out: string[] = [];
  private readonly stack: ElementInfo[] = [];
  /** Just opened a `pre`, where parsers drop a leading line break: one we mean to keep must be doubled. */
  private atPreStart = false;

  /** `html` is text already escaped for HTML: its only markup characters are the `&` of references. */
  text(html: string): void {
    if (!html) return;
    const top = this.stack[this.stack.length - 1];
    if (top && top.flags & TABLE_CONTEXT && !BLANK.test(html)) this.ensureCell();
    if (!this.visible) this.visible = !BLANK_OR_SPACE.test(html);
    if (this.atPreStart && html.startsWith(LINE_BREAK)) this.out.push(LINE_BREAK);
    this.atPreStart = false;
    this.out.push(html);
  }

  /** `attrs`: the element's kept attributes, serialized (` name='value'`) and escaped for HTML. */
  start(info: ElementInfo, attrs: string): void {
    const { flags, name } = info;
    if (!(flags & ALLOWED)) return;
    if (flags & TABLE_PART) return this.startTablePart(info, attrs);
    this.ensureCell();
    if (name === 'li') this.closeFound(this.find('li', '', STOPS_LIST_ITEM));
    else if (name === 'dd' || name === 'dt') this.closeFound(this.find('dd', 'dt', STOPS_LIST_ITEM));
    if (flags & CLOSES_P) this.closeFound(this.find('p', '', CELL_BOUNDARY));
    if (flags & HEADING && (this.stack[this.stack.length - 1]?.flags ?? 0) & HEADING) {
      this.closeFound(this.stack.length - 1);
    }
    if (name === 'a') this.closeFound(this.find('a', '', CELL_BOUNDARY));
    this.open(info, attrs);
  }

  end(info: ElementInfo): void {
    if (!(info.flags & ALLOWED) || info.flags & VOID) return;
    if (info.name === 'table') this.closeFound(this.find('table', '', 0));
    else if (info.flags & TABLE_PART) this.closeFound(this.find(info.name, '', 0, 'table'));
    else this.closeFound(this.find(info.name, '', CELL_BOUNDARY));
  }

  finish(): string {
    this.closeFound(0);
    return this.out.join('');
  }

  private open(info: ElementInfo, attrs: string): void {
    if (!attrs) this.out.push(info.start);
    else this.out.push(info.open, attrs, '>');
    if (!(info.flags & VOID)) this.stack.push(info);
    if (!this.visible) this.visible = info.name === 'img';
    this.atPreStart = info.name === 'pre';
  }

  /** Closes the element at `index` and everything opened after it; nothing when index is -1. */
  private closeFound(index: number): void {
    if (index < 0) return;
    this.atPreStart = false;
    while (this.stack.length > index) {
      const { close } = this.stack.pop()!;
      this.out.push(close);
    }
  }

  /**
   * The nearest open element named `name` (or `other`), not looking past an element with a `boundary` flag or
   * named `boundaryName`; -1 when none.
   */
  private find(name: string, other: string, boundary: number, boundaryName = ''): number {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const e = this.stack[i]!;
      if (e.name === name || e.name === other) return i;
      if (e.flags & boundary || e.name === boundaryName) return -1;
    }
    return -1;
  }

  /** Rows go in a table, cells in a row (opened when missing); without a table the tag is dropped, its text kept. */
  private startTablePart(info: ElementInfo, attrs: string): void {
    const cell = info.name === 'td' || info.name === 'th';
    const row = info.name === 'tr';
    let anchor = -1;
    for (let i = this.stack.length - 1; i >= 0 && anchor < 0; i--) {
      const e = this.stack[i]!;
      if (e.name === 'table' || (e.flags & TABLE_CONTEXT && (cell || (row && e.name !== 'tr')))) anchor = i;
    }
    if (anchor < 0) return;
    this.closeFound(anchor + 1);
    if (cell && this.stack[anchor]!.name !== 'tr') this.open(TR, '');
    this.open(info, attrs);
  }

  private ensureCell(): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || !(top.flags & TABLE_CONTEXT)) return;
    if (top.name !== 'tr') this.open(TR, '');
    this.open(TD, '');
  }
}
