/** Clipboard and file download for the popup: plain web APIs, no network. */

/** navigator.clipboard first; the older execCommand path where the async API is refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Firefox popups without a recent user gesture, or a browser policy: try the legacy path
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** A Blob behind an <a download>: the file is made here, nothing is fetched. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has taken its copy once click() returns; free the Blob on the next tick
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
