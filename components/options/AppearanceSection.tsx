/** Colour scheme, with a live sample of each mark in that scheme. */
import { declarations } from '../../lib/page/highlight-styles';
import type { MarkKind } from '../../lib/page/marks';
import {
  COLOUR_SCHEMES,
  type ColourScheme,
  type Settings,
  type SettingsPatch,
} from '../../lib/settings-schema';

const SCHEMES: { value: ColourScheme; label: string }[] = [
  { value: 'default', label: 'Colour-blind safe (default)' },
  { value: 'high-contrast', label: 'High contrast' },
  { value: 'mono', label: 'Greys only' },
];

const SAMPLES: { kind: MarkKind; text: string }[] = [
  { kind: 'opinion', text: 'the outlet’s opinion' },
  { kind: 'reported', text: 'reported opinion' },
  { kind: 'loaded-pejorative', text: 'loaded word' },
];

/** The same declarations the page's highlights use, as a style string (they are CSS property names). */
function sampleStyle(kind: MarkKind, scheme: ColourScheme): string {
  return Object.entries(declarations(kind, COLOUR_SCHEMES[scheme]))
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}

export function AppearanceSection({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(p: SettingsPatch): void;
}) {
  return (
    <section aria-labelledby="sw-appearance">
      <h2 id="sw-appearance">Colours</h2>
      <fieldset>
        <legend>Colour scheme</legend>
        {SCHEMES.map((s) => (
          <label key={s.value} class="sw-choice sw-scheme">
            <input
              type="radio"
              name="colour-scheme"
              value={s.value}
              checked={settings.colourScheme === s.value}
              onChange={() => onChange({ colourScheme: s.value })}
            />
            {s.label}
            <span class="sw-samples" aria-hidden="true">
              {SAMPLES.map((m) => (
                <span key={m.kind} class="sw-sample" style={sampleStyle(m.kind, s.value)}>
                  {m.text}
                </span>
              ))}
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
