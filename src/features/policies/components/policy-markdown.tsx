// A policy's text as Markdown. A lazy chunk (react-markdown and its parser): only the pages that show a text
// load it. Raw HTML in a text is never rendered: react-markdown drops it unless a raw-HTML plugin is added, and
// none is, so a <script> or an <img onerror> in a policy shows nothing and runs nothing. Links keep
// react-markdown's default URL filter (no javascript: links).
import Markdown, { type Components } from 'react-markdown';
import Box from '@mui/material/Box';

/**
 * A policy's own headings sit under the page's: its "#" is an h3 below the page's h1 and the section's h2, so
 * a page never has two h1s and the outline stays in order.
 */
const HEADINGS: Components = {
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h4 {...props} />,
  h3: ({ node: _node, ...props }) => <h5 {...props} />,
  h4: ({ node: _node, ...props }) => <h6 {...props} />,
  h5: ({ node: _node, ...props }) => <h6 {...props} />,
};

export function PolicyMarkdown({ text }: { text: string }) {
  return (
    <Box
      sx={{
        '& h3': { typography: 'h5', mt: 0 },
        '& h4': { typography: 'h6', mt: 2 },
        '& h5, & h6': { typography: 'subtitle1', fontWeight: 600 },
        '& table': { borderCollapse: 'collapse' },
        '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5, textAlign: 'left' },
        '& a': { color: 'primary.main' },
        overflowWrap: 'anywhere',
      }}
    >
      <Markdown skipHtml components={HEADINGS}>
        {text}
      </Markdown>
    </Box>
  );
}
