/** Automatic marking, and the sites where it is always off or always on. */
import { useState } from 'preact/hooks';
import { normaliseSite, type Settings, type SettingsPatch, type SiteRule } from '../../lib/settings-schema';

const RULE_LABEL: Record<SiteRule, string> = { 'always-on': 'always mark', 'always-off': 'never mark' };

export function SitesSection({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(p: SettingsPatch): void;
}) {
  const [site, setSite] = useState('');
  const [rule, setRule] = useState<SiteRule>('always-off');
  const [problem, setProblem] = useState<string | null>(null);
  const sites = Object.entries(settings.sites).sort((a, b) => (a[0] < b[0] ? -1 : 1));

  const add = (e: Event) => {
    e.preventDefault();
    const host = normaliseSite(site);
    if (!host) {
      setProblem('Type a site such as example.com or paste an address.');
      return;
    }
    setProblem(null);
    setSite('');
    onChange({ sites: { ...settings.sites, [host]: rule } });
  };
  const remove = (host: string) => {
    const next = { ...settings.sites };
    delete next[host];
    onChange({ sites: next });
  };

  return (
    <section aria-labelledby="sw-sites">
      <h2 id="sw-sites">When to mark</h2>
      <label class="sw-choice">
        <input
          type="checkbox"
          name="auto-mark"
          checked={settings.autoMark}
          onChange={(e) => onChange({ autoMark: e.currentTarget.checked })}
        />
        Mark articles as soon as they open
      </label>
      <p class="sw-hint">
        {settings.autoMark
          ? 'Otherwise marks appear only when you ask from the toolbar button or a shortcut.'
          : 'Marks appear only when you ask from the toolbar button or a shortcut.'}{' '}
        A site rule covers its subdomains too.
      </p>
      <form class="sw-row" onSubmit={add}>
        <label>
          Site{' '}
          <input
            type="text"
            name="site"
            value={site}
            placeholder="example.com"
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'sw-site-problem' : undefined}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </label>
        <label>
          Rule{' '}
          <select name="rule" value={rule} onChange={(e) => setRule(e.currentTarget.value as SiteRule)}>
            <option value="always-off">never mark</option>
            <option value="always-on">always mark</option>
          </select>
        </label>
        <button type="submit">Add site</button>
      </form>
      {problem && (
        <p id="sw-site-problem" role="alert" class="sw-error">
          {problem}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="sw-empty">No site rules.</p>
      ) : (
        <ul class="sw-list" aria-label="Site rules">
          {sites.map(([host, r]) => (
            <li key={host}>
              <span>
                <strong>{host}</strong>: {RULE_LABEL[r]}
              </span>
              <button type="button" onClick={() => remove(host)} aria-label={`Remove the rule for ${host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
