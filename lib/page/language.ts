/**
 * The language a page declares about itself (html[lang], og:locale, Content-Language). These are
 * hints only: the analysis checks the text itself before it marks anything.
 */

/** The page's declared BCP 47 tag as written ("en-GB"), or undefined when it declares none. */
export function declaredLanguage(doc: Document): string | undefined {
  const html = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (html?.trim()) return html.trim();
  const og = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  if (og?.trim()) return og.trim().replace('_', '-');
  for (const meta of doc.querySelectorAll('meta[http-equiv], meta[name="language"]')) {
    const name = (meta.getAttribute('http-equiv') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (name !== 'content-language' && name !== 'language') continue;
    const value = meta.getAttribute('content')?.split(',')[0]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The primary subtag in lower case: "en-GB" -> "en", "de_DE" -> "de". */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
