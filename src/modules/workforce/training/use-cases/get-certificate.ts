import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { trainingSubject } from '../training-access.ts';
import { findCertificate } from '../training-certificates.repository.ts';

/** A certificate's file, for its owner or the scheme manager only (others get 404); every download is audited. */
export async function getCertificate(ctx: AppContext, { actor, scheme, id }: InScheme & { id: string }) {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const certificate = await findCertificate(trx, scheme.id, id);
    if (!certificate) throw fail.notFound('That certificate');
    try {
      trainingSubject(actor, scheme.id, certificate.user_id, 'read');
    } catch {
      throw fail.notFound('That certificate');
    }
    await recordAudit(trx, actor, {
      action: 'training.certificate.read',
      recordType: 'training_certificate',
      recordId: id,
      schemeId: scheme.id,
      detail: { userId: certificate.user_id },
    });
    return {
      fileName: certificate.file_name,
      contentType: certificate.content_type,
      content: Buffer.from(certificate.content),
    };
  });
}
