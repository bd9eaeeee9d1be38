import { useCallback, useMemo } from 'react';
import type { Cluster } from '../../api/models.ts';
import { Chart, QueryState } from '../../components/index.ts';
import type { EChartsCoreOption } from '../../components/chart/echarts.ts';
import { isMessageKey } from '../../i18n/catalog.ts';
import { useI18n } from '../../i18n/index.ts';
import { ConsoleLink } from '../console-link.tsx';
import { chainTrees, depthOf, widthOf, type ChainNode } from './chain-tree.ts';
import { useCaseCluster } from './queries.ts';

interface TreeDatum {
  name: string;
  value: string;
  itemStyle?: { color: string };
  children: TreeDatum[];
}

/** The chain the case belongs to: a tree drawn from its sources down, and the same tree as a nested list. */
export function CaseChain({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const cluster = useCaseCluster(caseId);
  return (
    <section className="card case-chain" aria-labelledby="chain-title" data-testid="case-chain">
      <h2 id="chain-title">{t('chain.title')}</h2>
      <QueryState query={cluster}>{(data) => <ChainView cluster={data} caseId={caseId} />}</QueryState>
    </section>
  );
}

function ChainView({ cluster, caseId }: { cluster: Cluster; caseId: string }) {
  const { t } = useI18n();
  const trees = useMemo(() => chainTrees(cluster), [cluster]);
  const label = useCallback((node: ChainNode) => {
    const status = `caseStatus.${node.case.status}`;
    return `${node.case.personName} · ${isMessageKey(status) ? t(status) : node.case.status}`;
  }, [t]);
  const option = useMemo<EChartsCoreOption>(() => {
    const toDatum = (node: ChainNode): TreeDatum => ({
      name: label(node),
      value: node.case.id,
      ...(node.case.id === caseId ? { itemStyle: { color: '#c0392b' } } : {}),
      children: node.children.map(toDatum),
    });
    // A tree series draws one root: several sources hang under an unlabelled point standing for the cluster.
    const data = trees.length === 1 ? toDatum(trees[0]!) : { name: t('chain.sources'), value: '', children: trees.map(toDatum) };
    return {
      tooltip: { trigger: 'item', formatter: '{b}' },
      series: [{
        type: 'tree',
        data: [data],
        orient: 'TB',
        top: 40,
        bottom: 60,
        left: 40,
        right: 40,
        symbolSize: 12,
        initialTreeDepth: -1,
        expandAndCollapse: false,
        label: { position: 'top', distance: 8, fontSize: 13 },
        leaves: { label: { position: 'bottom', distance: 8 } },
        lineStyle: { color: '#8aa4c2' },
      }],
    };
  }, [trees, caseId, t, label]);
  const height = 120 + depthOf(trees) * 90 + (trees.length > 1 ? 90 : 0);

  return (
    <>
      <p className="figure-note">{t('chain.summary', { cases: cluster.cases.length, generations: cluster.generations, links: cluster.links.length })}</p>
      {widthOf(trees) > 0 ? <Chart title={t('chain.chartTitle')} option={option} height={height} /> : null}
      <h3 className="section-subtitle" id="chain-list-title">{t('chain.listTitle')}</h3>
      <ChainList nodes={trees} caseId={caseId} labelOf={label} labelledBy="chain-list-title" />
    </>
  );
}

/** The chain as nested lists: each case a link to its page, its infectees listed under it. */
function ChainList({ nodes, caseId, labelOf, labelledBy }: { nodes: ChainNode[]; caseId: string; labelOf: (node: ChainNode) => string; labelledBy?: string }) {
  return (
    <ul className="chain-list" aria-labelledby={labelledBy} data-testid={labelledBy ? 'chain-list' : undefined}>
      {nodes.map((node) => (
        <li key={node.case.id} data-case-id={node.case.id}>
          {node.case.id === caseId ? (
            <strong aria-current="page">{labelOf(node)}</strong>
          ) : (
            <ConsoleLink to={`/console/cases/${encodeURIComponent(node.case.id)}`}>{labelOf(node)}</ConsoleLink>
          )}
          {node.children.length > 0 ? <ChainList nodes={node.children} caseId={caseId} labelOf={labelOf} /> : null}
        </li>
      ))}
    </ul>
  );
}
