// Every change a user makes leaves an audit entry, written in the same transaction as the change itself.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export interface AuditEntry {
  actorId?: number | null;
  documentId?: number | null;
  action: string;
  entity: string;
  entityId: number | string;
  data?: Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.actorId ?? null,
      documentId: entry.documentId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      data: entry.data ?? {},
    },
  });
}
