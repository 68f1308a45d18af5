-- CreateEnum
CREATE TYPE "TermState" AS ENUM ('PROPOSED', 'APPROVED');

-- CreateEnum
CREATE TYPE "TermFlagKind" AS ENUM ('DEPRECATED', 'NOT_PREFERRED', 'MISSING', 'INCONSISTENT');

-- AlterTable
ALTER TABLE "term_concepts" ADD COLUMN     "approved_at" TIMESTAMP(3),
ADD COLUMN     "approved_by_id" INTEGER,
ADD COLUMN     "domain" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "proposed_by_id" INTEGER,
ADD COLUMN     "state" "TermState" NOT NULL DEFAULT 'PROPOSED';

-- AlterTable
ALTER TABLE "term_renderings" ADD COLUMN     "approved_at" TIMESTAMP(3),
ADD COLUMN     "approved_by_id" INTEGER,
ADD COLUMN     "proposed_by_id" INTEGER,
ADD COLUMN     "state" "TermState" NOT NULL DEFAULT 'PROPOSED',
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "term_flag_acceptances" (
    "id" SERIAL NOT NULL,
    "row_id" INTEGER NOT NULL,
    "concept_id" INTEGER NOT NULL,
    "kind" "TermFlagKind" NOT NULL,
    "lang" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "accepted_by_id" INTEGER,
    "accepted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "term_flag_acceptances_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "term_flag_acceptances_concept_id_idx" ON "term_flag_acceptances"("concept_id");

-- CreateIndex
CREATE UNIQUE INDEX "term_flag_acceptances_row_id_concept_id_kind_lang_key" ON "term_flag_acceptances"("row_id", "concept_id", "kind", "lang");

-- CreateIndex
CREATE INDEX "term_concepts_state_idx" ON "term_concepts"("state");

-- AddForeignKey
ALTER TABLE "term_concepts" ADD CONSTRAINT "term_concepts_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_concepts" ADD CONSTRAINT "term_concepts_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_renderings" ADD CONSTRAINT "term_renderings_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_renderings" ADD CONSTRAINT "term_renderings_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_flag_acceptances" ADD CONSTRAINT "term_flag_acceptances_row_id_fkey" FOREIGN KEY ("row_id") REFERENCES "alignment_rows"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_flag_acceptances" ADD CONSTRAINT "term_flag_acceptances_concept_id_fkey" FOREIGN KEY ("concept_id") REFERENCES "term_concepts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_flag_acceptances" ADD CONSTRAINT "term_flag_acceptances_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Concepts stored before approval existed were already used by the aligner: they stay in use.
UPDATE "term_concepts" SET "state" = 'APPROVED';
UPDATE "term_renderings" SET "state" = 'APPROVED';
