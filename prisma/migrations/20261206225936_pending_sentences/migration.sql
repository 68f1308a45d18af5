-- AlterTable
ALTER TABLE "alignment_rows" ADD COLUMN     "sentences_pending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "alignment_rows_sentences_pending_document_id_idx" ON "alignment_rows"("sentences_pending", "document_id");
