import { describe, expect, it } from 'vitest';
import { bodyProblem } from './body-problem';
import { testDeps } from './test-deps';

describe('bodyProblem', () => {
  const { parseHtml } = testDeps();
  const problem = (html: string) => bodyProblem(parseHtml(html));

  it('accepts stories, including ones made only of an image', () => {
    expect(problem('<p>A real paragraph.</p>')).toBeNull();
    expect(problem('<figure><img src="https://a.example/comic.png"></figure>')).toBeNull();
  });

  it('names empty bodies, placeholders and error pages', () => {
    expect(problem('<div> </div>')).toBe('the saved article was empty');
    expect(problem('None')).toBe('the saved article was only the word “None”');
    expect(
      problem(
        '<div><div class="application-main"> </div><p class="ajax-error-message">  You can’t perform that action at this time. </p></div>',
      ),
    ).toBe('the saved article was only an error page (“You can’t perform that action at this time.”)');
    expect(problem('<p>You signed in with another tab or window. Reload to refresh your session.</p>')).toMatch(
      /^the saved article was only an error page/,
    );
  });

  it('keeps a story that merely mentions such a sentence', () => {
    expect(problem('<p>GitHub said “You can’t perform that action at this time.” and here is why.</p>')).toBeNull();
  });
});
