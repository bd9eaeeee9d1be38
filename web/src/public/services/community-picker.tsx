import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { usePublicJurisdictions } from '../queries.ts';

/** Cascading selects, from the top level down; `onPick` receives the lowest division chosen. */
export function CommunityPicker({ onPick }: { onPick: (community: string) => void }) {
  const { t } = useI18n();
  const [chain, setChain] = useState<string[]>([]);

  /** A choice made by the user searches at once; a level with a single option is taken silently. */
  function choose(depth: number, code: string, silently = false): void {
    const next = code ? [...chain.slice(0, depth), code] : chain.slice(0, depth);
    setChain(next);
    const lowest = next.at(-1);
    if (lowest && !silently) onPick(lowest);
  }

  // One select per level chosen so far, plus one for the level below the last choice.
  const parents = [null, ...chain];
  return (
    <div className="community-picker">
      {parents.map((parent, depth) => (
        <LevelSelect
          key={parent ?? 'top'}
          parent={parent}
          depth={depth}
          value={chain[depth] ?? ''}
          onChoose={(code, silently) => choose(depth, code, silently)}
          label={t('public.level', { level: depth + 1 })}
        />
      ))}
    </div>
  );
}

interface LevelSelectProps {
  parent: string | null;
  depth: number;
  value: string;
  label: string;
  onChoose: (code: string, silently?: boolean) => void;
}

function LevelSelect({ parent, depth, value, label, onChoose }: LevelSelectProps) {
  const { t, label: labelOf } = useI18n();
  const options = usePublicJurisdictions(parent);
  const items = options.data?.items ?? [];
  // A level with one division only (the country at the top) offers no choice: take it and go on.
  const only = items.length === 1 ? items[0]!.code : null;
  useEffect(() => {
    if (only && !value) onChoose(only, true);
  }, [only, value, onChoose]);
  if (options.isSuccess && items.length === 0) return null;
  const id = `community-level-${depth}`;
  return (
    <div className="filter">
      <label htmlFor={id}>{items[0] ? labelOf('level', items[0].level) : label}</label>
      <select id={id} value={value} onChange={(event) => onChoose(event.target.value)} disabled={!options.isSuccess}>
        <option value="">{t('public.chooseLevel')}</option>
        {items.map((item) => <option key={item.code} value={item.code}>{item.name}</option>)}
      </select>
    </div>
  );
}
