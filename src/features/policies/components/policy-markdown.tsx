// A policy's text as Markdown. A lazy chunk (react-markdown and its parser): only the pages that show a text
// load it. Raw HTML in a text is never rendered: react-markdown drops it unless a raw-HTML plugin is added, and
// none is, so a <script> or an <img onerror> in a policy shows nothing and runs nothing. Links keep
// react-markdown's default URL filter (no javascript: links).
import Markdown from 'react-markdown';
import Box from '@mui/material/Box';

export function PolicyMarkdown({ text }: { text: string }) {
  return (
    <Box
      sx={{
        '& h1': { typography: 'h5', mt: 0 },
        '& h2': { typography: 'h6', mt: 2 },
        '& h3, & h4, & h5, & h6': { typography: 'subtitle1', fontWeight: 600 },
        '& table': { borderCollapse: 'collapse' },
        '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5, textAlign: 'left' },
        '& a': { color: 'primary.main' },
        overflowWrap: 'anywhere',
      }}
    >
      <Markdown skipHtml>{text}</Markdown>
    </Box>
  );
}
