import { useI18n } from '../../i18n/index.ts';
import { useConsoleSession } from '../console-context.tsx';
import { useSelectedJurisdiction } from '../use-selected-jurisdiction.ts';
import { useJurisdictionAncestors } from './queries.ts';

/** Where the selected jurisdiction sits: from the account's own jurisdiction down to it. */
export function Breadcrumbs() {
  const { t } = useI18n();
  const { rootCode } = useConsoleSession();
  const { code, select } = useSelectedJurisdiction();
  const ancestors = useJurisdictionAncestors(code);
  const chain = ancestors.data?.items ?? [];
  const rootIndex = chain.findIndex((item) => item.code === rootCode);
  const visible = rootIndex >= 0 ? chain.slice(rootIndex) : chain;

  return (
    <nav aria-label={t('shell.breadcrumbs')} className="breadcrumbs">
      <ol>
        {visible.map((item, index) => (
          <li key={item.code}>
            {index === visible.length - 1 ? (
              <span aria-current="location">{item.name}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => select(item.code)}>{item.name}</button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
