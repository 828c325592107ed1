// Which script tag the script-tag runtime takes for its own when document.currentScript is null (a module
// script, a callback): the parts load from that tag's folder with its nonce, so only consentry.js or
// consentry.debug.js may count, never a script that merely mentions "consentry" in its URL.
import { afterEach, describe, expect, it } from 'vitest';
import { ownScript } from '../../src/embed/runtime';

const add = (src: string) => {
  const s = document.createElement('script');
  s.setAttribute('src', src);
  s.type = 'text/plain'; // never executed by the test DOM
  document.head.append(s);
  return s;
};
afterEach(() => {
  document.head.innerHTML = '';
});

describe('ownScript', () => {
  it('skips scripts that only mention consentry and takes the consentry.js tag', () => {
    add('https://evil.example/x.js?ref=consentry');
    add('https://cdn.example/consentry-lookalike/app.js');
    const mine = add('https://cdn.example/lib/consentry.js?v=3');
    add('https://evil.example/consentry.jsonp');
    expect(ownScript()).toBe(mine);
  });

  it('takes the debug build too, and nothing when no tag is consentry', () => {
    add('https://evil.example/x.js?ref=consentry');
    expect(ownScript()).toBe(null);
    const debug = add('/static/consentry.debug.js');
    expect(ownScript()).toBe(debug);
  });
});
