// The cache MUI's styles (Emotion) are compiled into. Emotion's default adds vendor prefixes to every rule
// (flexbox for 2015 browsers, -ms- grid...), which was about a third of the work of inserting a page's
// styles the first time it renders, the biggest part of opening a list. The console targets current
// browsers; it keeps only the prefixes that some of them still need.
import createCache, { type StylisPlugin } from '@emotion/cache';

/**
 * `user-select` (Safari before 18 reads only -webkit-user-select: MUI's buttons would select their label on
 * a drag) and `color-adjust` in print (Chromium reads -webkit-print-color-adjust: a printed roll call keeps
 * the colours of its chips).
 */
const stillNeededPrefixes: StylisPlugin = (element) => {
  if (element.type !== 'decl') return;
  if (element.value.startsWith('user-select:')) element.return = `-webkit-${element.value}${element.value}`;
  else if (element.value.startsWith('color-adjust:'))
    element.return = `-webkit-print-${element.value}print-${element.value}${element.value}`;
};

export const styleCache = createCache({ key: 'css', stylisPlugins: [stillNeededPrefixes] });
