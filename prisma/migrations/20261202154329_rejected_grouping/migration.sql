-- AlterTable
ALTER TABLE "alignment_rows" ADD COLUMN     "rejected_grouping" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
