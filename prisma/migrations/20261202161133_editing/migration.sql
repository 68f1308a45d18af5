-- AlterTable
ALTER TABLE "alignment_rows" ADD COLUMN     "comment" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "paragraphs" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "edit_operations" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "action" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMP(3),

    CONSTRAINT "edit_operations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "edit_operations_document_id_user_id_id_idx" ON "edit_operations"("document_id", "user_id", "id");

-- AddForeignKey
ALTER TABLE "edit_operations" ADD CONSTRAINT "edit_operations_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
