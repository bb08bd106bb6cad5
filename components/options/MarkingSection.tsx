/** What gets marked: how sure a mark must be, which sentence kinds, which loaded-word categories. */
import type { LoadedCategory } from '../../lib/analysis/types';
import { categoryLabel } from '../../lib/lexicon/categories';
import {
  LOADED_CATEGORIES,
  opinionThreshold,
  type Sensitivity,
  type Settings,
  type SettingsPatch,
} from '../../lib/settings-schema';

const SENSITIVITY: { value: Sensitivity; label: string; hint: string }[] = [
  { value: 'low', label: 'Only clear cases', hint: 'fewer marks, almost no false alarms' },
  { value: 'medium', label: 'Balanced', hint: 'the default' },
  { value: 'high', label: 'Everything likely', hint: 'more marks, some you may disagree with' },
];

export function MarkingSection({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(p: SettingsPatch): void;
}) {
  return (
    <section aria-labelledby="sw-marking">
      <h2 id="sw-marking">What to mark</h2>
      <fieldset>
        <legend>How sure a sentence mark must be</legend>
        {SENSITIVITY.map((s) => (
          <label key={s.value} class="sw-choice">
            <input
              type="radio"
              name="sensitivity"
              value={s.value}
              checked={settings.sensitivity === s.value}
              onChange={() => onChange({ sensitivity: s.value })}
            />
            {s.label}{' '}
            <span class="sw-hint">
              ({s.hint}; opinion score ≥ {opinionThreshold(s.value)})
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sentences</legend>
        <label class="sw-choice">
          <input
            type="checkbox"
            name="sentence-opinion"
            checked={settings.sentences.opinion}
            onChange={(e) => onChange({ sentences: { opinion: e.currentTarget.checked } })}
          />
          The outlet’s own opinion
        </label>
        <label class="sw-choice">
          <input
            type="checkbox"
            name="sentence-reported"
            checked={settings.sentences.reported}
            onChange={(e) => onChange({ sentences: { reported: e.currentTarget.checked } })}
          />
          Opinion it reports from a source
        </label>
      </fieldset>
      <fieldset>
        <legend>Loaded wording</legend>
        {LOADED_CATEGORIES.map((c: LoadedCategory) => (
          <label key={c} class="sw-choice">
            <input
              type="checkbox"
              name={`category-${c}`}
              checked={settings.categories[c]}
              onChange={(e) => onChange({ categories: { [c]: e.currentTarget.checked } })}
            />
            {categoryLabel(c)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
