/** Loads the pages the page tests run on into happy-dom Documents (the browser-like DOM). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export function pageHtml(slug: string): string {
  if (slug === 'demo') return readFileSync(resolve(ROOT, 'assets/demo/nato-south-caucasus.html'), 'utf8');
  return readFileSync(resolve(ROOT, 'tests/fixtures/pages', slug, 'index.html'), 'utf8');
}

export function loadPage(slug: string): Document {
  return htmlDocument(pageHtml(slug));
}

export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
