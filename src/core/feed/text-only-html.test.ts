import { describe, expect, it } from 'vitest';
import { textOnlyHtml } from './text-only-html';

describe('textOnlyHtml (the gate’s last resort)', () => {
  it('keeps the words a browser shows, a paragraph per block, and the note', () => {
    expect(textOnlyHtml('<h1>Title</h1><p>One <b>two</b><br>three</p><center>four</center>five', 'N')).toBe(
      '<p>Title</p><p>One two</p><p>three</p><p>four</p><p>five</p><p><em>N</em></p>',
    );
  });

  it('drops the text of scripts, styles and what the gate drops (templates, selects, buttons)', () => {
    expect(
      textOnlyHtml('a<script>x()</script><style>p{}</style><template>t</template><select><option>o</select><button>b</button>z', 'N'),
    ).toBe('<p>az</p><p><em>N</em></p>');
  });

  it('reads SVG and MathML as a browser does: their style is no raw text, and an HTML tag ends them', () => {
    expect(textOnlyHtml('<svg><style>s</style><p>visible</p> after', 'N')).toBe('<p>visible</p><p>after</p><p><em>N</em></p>');
  });
});
