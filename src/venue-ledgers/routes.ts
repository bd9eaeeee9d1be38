import type { Platform } from '../platform/context.ts';
import { API_PREFIX, actorOf } from '../platform/http/server.ts';
import { problemResponses, type Api } from '../platform/http/types.ts';
import { pageQuerySchema } from '../platform/pagination.ts';
import { z } from '../platform/validation.ts';
import { complianceRecordCreateSchema, complianceRecordListQuerySchema, complianceRecordSchema, venueLedgerQuerySchema, venueLedgerSchema } from './model.ts';
import { getVenueLedger, listComplianceRecords, recordCompliance } from './service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const complianceRecordPageSchema = z.object({ items: z.array(complianceRecordSchema), nextCursor: z.string().nullable() }).meta({ id: 'ComplianceRecordPage' });

/** A venue's daily ledger (台账) and the compliance checks recorded in it. */
export function registerVenueLedgerRoutes(app: Api, platform: Platform): void {
  app.post(
    `${API_PREFIX}/places/:id/compliance-records`,
    {
      schema: {
        operationId: 'recordVenueCompliance',
        tags: ['venue ledgers'],
        summary: 'Record a compliance check at a venue: masks, ventilation, disinfection and the one-metre line; several a day are kept',
        params: idParams,
        body: complianceRecordCreateSchema,
        response: { 201: complianceRecordSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await recordCompliance(platform, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    `${API_PREFIX}/places/:id/compliance-records`,
    {
      schema: {
        operationId: 'listVenueComplianceRecords',
        tags: ['venue ledgers'],
        summary: 'A venue’s compliance checks over a range of local days, newest first',
        params: idParams,
        querystring: pageQuerySchema.extend(complianceRecordListQuerySchema.shape),
        response: { 200: complianceRecordPageSchema, ...problemResponses },
      },
    },
    async (request) => listComplianceRecords(platform, actorOf(request), request.params.id, request.query),
  );

  app.get(
    `${API_PREFIX}/places/:id/ledger`,
    {
      schema: {
        operationId: 'getVenueLedger',
        tags: ['venue ledgers'],
        summary: 'A venue’s ledger of one local day: check-ins by local hour, fever flags, and the compliance checks with where each measure stands',
        params: idParams,
        querystring: venueLedgerQuerySchema,
        response: { 200: venueLedgerSchema, ...problemResponses },
      },
    },
    async (request) => getVenueLedger(platform, actorOf(request), request.params.id, request.query),
  );
}
