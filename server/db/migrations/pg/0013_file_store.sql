ALTER TABLE "attachments" ALTER COLUMN "content" DROP NOT NULL;
