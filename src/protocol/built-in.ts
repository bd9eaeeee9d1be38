import { protocolDocumentSchema, type ProtocolDocument } from './model.ts';
import { cn20Measures } from './versions/cn-20-measures-2022-11.ts';
import { cnNational9th } from './versions/cn-national-9th-2022-06.ts';
import { genericRespiratoryTemplate } from './versions/generic-respiratory-template.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The documents shipped with Bulwark, parsed once when the module loads (a broken one stops the start) and
 * frozen, because every caller of protocolInForce shares them. Oldest effective date first.
 */
export const builtInProtocols: readonly ProtocolDocument[] = deepFreeze(
  [cnNational9th, cn20Measures, genericRespiratoryTemplate].map((document) => protocolDocumentSchema.parse(document)).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
);

const byId = new Map(builtInProtocols.map((document) => [document.id, document]));

/** A shipped document by id. */
export function findBuiltInProtocol(id: string): ProtocolDocument | undefined {
  return byId.get(id);
}
