-- CreateEnum
CREATE TYPE "Role" AS ENUM ('TRANSLATOR', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "TextDirection" AS ENUM ('LTR', 'RTL');

-- CreateEnum
CREATE TYPE "TextRole" AS ENUM ('ORIGINAL', 'TRANSLATION');

-- CreateEnum
CREATE TYPE "SourceFormat" AS ENUM ('PLAIN', 'HTML');

-- CreateEnum
CREATE TYPE "ParagraphKind" AS ENUM ('BODY', 'HEADING', 'BOILERPLATE');

-- CreateEnum
CREATE TYPE "RowStatus" AS ENUM ('AUTO', 'CONFIRMED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RenderingStatus" AS ENUM ('PREFERRED', 'ADMITTED', 'DEPRECATED');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'TRANSLATOR',
    "password_hash" TEXT NOT NULL,
    "ui_locale" TEXT NOT NULL DEFAULT 'en',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMP(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corpora" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corpora_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" SERIAL NOT NULL,
    "corpus_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "pivot_lang" TEXT NOT NULL DEFAULT 'en',
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "aligned_at" TIMESTAMP(3),
    "align_info" JSONB,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "texts" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "direction" "TextDirection" NOT NULL,
    "role" "TextRole" NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "source_url" TEXT,
    "publisher" TEXT,
    "published_at" DATE,
    "format" "SourceFormat" NOT NULL,
    "raw" BYTEA NOT NULL,
    "raw_sha256" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "texts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paragraphs" (
    "id" SERIAL NOT NULL,
    "text_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ParagraphKind" NOT NULL,
    "detected_kind" "ParagraphKind" NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "paragraphs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alignment_rows" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "RowStatus" NOT NULL DEFAULT 'AUTO',
    "score" DOUBLE PRECISION NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'auto',
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alignment_rows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alignment_cells" (
    "row_id" INTEGER NOT NULL,
    "paragraph_id" INTEGER NOT NULL,

    CONSTRAINT "alignment_cells_pkey" PRIMARY KEY ("row_id","paragraph_id")
);

-- CreateTable
CREATE TABLE "sentences" (
    "id" SERIAL NOT NULL,
    "paragraph_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "link_id" INTEGER,

    CONSTRAINT "sentences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentence_links" (
    "id" SERIAL NOT NULL,
    "row_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "sentence_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "term_concepts" (
    "id" SERIAL NOT NULL,
    "corpus_id" INTEGER,
    "label" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "term_concepts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "term_renderings" (
    "id" SERIAL NOT NULL,
    "concept_id" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "RenderingStatus" NOT NULL DEFAULT 'ADMITTED',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "term_renderings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paragraph_revisions" (
    "id" SERIAL NOT NULL,
    "paragraph_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "ParagraphKind" NOT NULL,
    "author_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "paragraph_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "document_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "corpora_slug_key" ON "corpora"("slug");

-- CreateIndex
CREATE INDEX "documents_corpus_id_updated_at_idx" ON "documents"("corpus_id", "updated_at");

-- CreateIndex
CREATE INDEX "documents_updated_at_idx" ON "documents"("updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "texts_document_id_lang_key" ON "texts"("document_id", "lang");

-- CreateIndex
CREATE UNIQUE INDEX "paragraphs_text_id_position_key" ON "paragraphs"("text_id", "position");

-- CreateIndex
CREATE INDEX "alignment_rows_document_id_position_idx" ON "alignment_rows"("document_id", "position");

-- CreateIndex
CREATE INDEX "alignment_rows_document_id_status_score_idx" ON "alignment_rows"("document_id", "status", "score");

-- CreateIndex
CREATE UNIQUE INDEX "alignment_cells_paragraph_id_key" ON "alignment_cells"("paragraph_id");

-- CreateIndex
CREATE INDEX "sentences_link_id_idx" ON "sentences"("link_id");

-- CreateIndex
CREATE UNIQUE INDEX "sentences_paragraph_id_position_key" ON "sentences"("paragraph_id", "position");

-- CreateIndex
CREATE INDEX "sentence_links_row_id_position_idx" ON "sentence_links"("row_id", "position");

-- CreateIndex
CREATE INDEX "term_concepts_corpus_id_idx" ON "term_concepts"("corpus_id");

-- CreateIndex
CREATE INDEX "term_renderings_lang_idx" ON "term_renderings"("lang");

-- CreateIndex
CREATE UNIQUE INDEX "term_renderings_concept_id_lang_text_key" ON "term_renderings"("concept_id", "lang", "text");

-- CreateIndex
CREATE UNIQUE INDEX "paragraph_revisions_paragraph_id_version_key" ON "paragraph_revisions"("paragraph_id", "version");

-- CreateIndex
CREATE INDEX "audit_log_document_id_at_idx" ON "audit_log"("document_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_corpus_id_fkey" FOREIGN KEY ("corpus_id") REFERENCES "corpora"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "texts" ADD CONSTRAINT "texts_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_text_id_fkey" FOREIGN KEY ("text_id") REFERENCES "texts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alignment_rows" ADD CONSTRAINT "alignment_rows_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alignment_rows" ADD CONSTRAINT "alignment_rows_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alignment_cells" ADD CONSTRAINT "alignment_cells_row_id_fkey" FOREIGN KEY ("row_id") REFERENCES "alignment_rows"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alignment_cells" ADD CONSTRAINT "alignment_cells_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "sentence_links"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentence_links" ADD CONSTRAINT "sentence_links_row_id_fkey" FOREIGN KEY ("row_id") REFERENCES "alignment_rows"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_concepts" ADD CONSTRAINT "term_concepts_corpus_id_fkey" FOREIGN KEY ("corpus_id") REFERENCES "corpora"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "term_renderings" ADD CONSTRAINT "term_renderings_concept_id_fkey" FOREIGN KEY ("concept_id") REFERENCES "term_concepts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paragraph_revisions" ADD CONSTRAINT "paragraph_revisions_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paragraph_revisions" ADD CONSTRAINT "paragraph_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;
