/** Tags as removable chips plus a text box that suggests existing tags as you type (arrows + Enter, or Tab). */
import { useState } from 'preact/hooks';
import type { TagCount } from '../../shared/protocol';

interface Props {
  id: string;
  tags: string[];
  known: TagCount[];
  onChange: (tags: string[]) => void;
  /** Enter on an empty box: the form's default action. */
  onSubmit?: () => void;
}

export function TagInput({ id, tags, known, onChange, onSubmit }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const typed = text.trim().toLowerCase();
  const have = new Set(tags.map((t) => t.toLowerCase()));
  const suggestions = typed ? known.filter((k) => k.tag.toLowerCase().startsWith(typed) && !have.has(k.tag.toLowerCase())).slice(0, 6) : [];

  const add = (tag: string) => {
    const clean = tag.replace(/,/g, ' ').trim();
    if (clean && !have.has(clean.toLowerCase())) onChange([...tags, clean]);
    setText('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      setActive((active + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && suggestions.length) {
      e.preventDefault();
      setActive((active - 1 + suggestions.length) % suggestions.length);
    } else if ((e.key === 'Enter' || e.key === 'Tab') && suggestions[active]) {
      e.preventDefault();
      add(suggestions[active].tag);
    } else if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      if (text.trim()) add(text);
      else if (e.key === 'Enter') onSubmit?.();
    } else if (e.key === 'Escape' && text) {
      // Esc first clears what is being typed (and its suggestions); only an Esc with nothing to undo closes.
      e.preventDefault();
      setText('');
    } else if (e.key === 'Backspace' && !text && tags.length) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div class="tag-input">
      {tags.map((tag) => (
        <span class="tag" key={tag}>
          {tag}
          <button type="button" class="chip-x" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        id={id}
        value={text}
        placeholder={tags.length ? '' : 'Add tags'}
        autocomplete="off"
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls={`${id}-suggestions`}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        onBlur={() => text.trim() && add(text)}
      />
      {suggestions.length > 0 && (
        <ul id={`${id}-suggestions`} role="listbox" class="suggestions">
          {suggestions.map((s, i) => (
            <li
              key={s.tag}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                add(s.tag);
              }}
            >
              {s.tag} <span class="muted">{s.count}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
