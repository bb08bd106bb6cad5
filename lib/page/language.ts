/**
 * The language a page declares about itself (html[lang], og:locale, Content-Language). These are
 * hints only: the analysis checks the text itself before it marks anything.
 */

/** The page's declared BCP 47 tag as written ("en-GB"), or undefined when it declares none. */
export function declaredLanguage(doc: Document, tags?: Map<string, string>): string | undefined {
  const html = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (html?.trim()) return html.trim();
  const meta = (key: string): string | undefined => {
    if (tags) return tags.get(key);
    for (const el of doc.getElementsByTagName('meta')) {
      for (const attr of ['property', 'name', 'http-equiv']) {
        if (el.getAttribute(attr)?.trim().toLowerCase() === key)
          return el.getAttribute('content') ?? undefined;
      }
    }
    return undefined;
  };
  const og = meta('og:locale')?.trim();
  if (og) return og.replace('_', '-');
  const header = (meta('content-language') ?? meta('language'))?.split(',')[0]?.trim();
  return header || undefined;
}

/** The primary subtag in lower case: "en-GB" -> "en", "de_DE" -> "de". */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
