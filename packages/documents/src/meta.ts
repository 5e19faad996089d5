/** The document date and title a rendered page carries (`<meta name="date">`, `<title>`), read back for PDF and DOCX. */
export function pageMeta(html: string): { date: string; title: string } {
  const date = /<meta name="date" content="(\d{4}-\d{2}-\d{2})">/.exec(html)?.[1];
  if (!date) throw new Error('the page has no <meta name="date">: render it with render()');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return { date, title: decodeEntities(title) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', apos: "'" };

/** Undoes Handlebars' escaping (&amp; &lt; &gt; &quot; &#x27; &#x60; &#x3D;) and the few named entities templates use. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10),
      );
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}
