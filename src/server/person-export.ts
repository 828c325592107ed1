/**
 * One person's receipts (every subject linked to their account, or the one they asked from) as a
 * Kantara v1.1 or ISO/IEC TS 27560 export: what an access request is answered with.
 */
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ConsentConfig } from '../core/types';
import { DPV_CONTEXT, toIso27560 } from '../receipts/iso27560';
import { toKantara } from '../receipts/kantara';
import type { Receipt } from '../receipts/types';
import type { Store } from './store/types';

const PAGE = 500;

/** The formats a person's receipts are exported in. */
export type ExportFormat = 'kantara' | 'iso27560';

/** The `?format=` query of the routes that export a person's receipts (ISO/IEC TS 27560 unless `kantara`). */
export const exportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { format: { enum: ['kantara', 'iso27560'] } },
} as const;

/** Streams the receipts of `subjects` as the answer: JSON for Kantara, JSON-LD for ISO/IEC TS 27560 (the default). */
export function sendReceipts(
  reply: FastifyReply,
  store: Store,
  subjects: string[],
  format: ExportFormat = 'iso27560',
  config?: ConsentConfig,
): FastifyReply {
  reply.type(format === 'kantara' ? 'application/json; charset=utf-8' : 'application/ld+json; charset=utf-8');
  return reply.send(Readable.from(receiptsOfSubjects(store, subjects, format, config), { highWaterMark: 1 }));
}

export async function* receiptsOfSubjects(
  store: Store,
  subjects: string[],
  format: ExportFormat,
  config?: ConsentConfig,
): AsyncGenerator<string> {
  let first = true;
  const sep = () => (first ? ((first = false), '\n') : ',\n');
  yield format === 'kantara' ? '[' : `{"@context":${JSON.stringify(DPV_CONTEXT)},"@graph":[`;
  for (const subjectId of subjects) {
    let after = 0;
    for (;;) {
      const page = await store.subjectPage(subjectId, after, PAGE);
      const receipts = page.map((row) => JSON.parse(row.body) as Receipt);
      if (format === 'kantara') {
        const chunk = toKantara(receipts, config)
          .map((k) => sep() + JSON.stringify(k))
          .join('');
        if (chunk) yield chunk;
      } else {
        let chunk = '';
        page.forEach((row, i) => {
          for (const record of toIso27560([receipts[i]], config)['@graph']) {
            record['consentry:chain'] = row.chainError ? 'broken' : 'ok';
            chunk += sep() + JSON.stringify(record);
          }
        });
        if (chunk) yield chunk;
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].seq;
    }
  }
  yield format === 'kantara' ? '\n]\n' : '\n]}\n';
}
