import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReplyRevisionsAndDeliveries1795335607942 implements MigrationInterface {
  name = 'ReplyRevisionsAndDeliveries1795335607942';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reply_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "reply_id" uuid NOT NULL, "situation_id" uuid NOT NULL, "platform_id" uuid, "author_handle" text, "revision" integer NOT NULL, "variant_index" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_636820f82b03a9a4555cf334469" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6a24135330386914e7681a43f3" ON "reply_delivery"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "reply_delivery_by_platform" ON "reply_delivery"  ("client_id", "reply_id", "platform_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "reply_delivery_by_author" ON "reply_delivery"  ("client_id", "reply_id", "platform_id", "author_handle", "created_at") `);
    await queryRunner.query(`CREATE TABLE "reply_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "reply_id" uuid NOT NULL, "revision" integer NOT NULL, "theses" text array NOT NULL DEFAULT '{}', "text" text NOT NULL, "variants" text array NOT NULL DEFAULT '{}', "created_by_id" uuid, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_391869d4e9723b12bada45091f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dd71a063b253f4f54373b2b0ea" ON "reply_revision"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "reply_revision_number" ON "reply_revision"  ("reply_id", "revision") `);
    await queryRunner.query(`ALTER TABLE "reply_delivery" ADD CONSTRAINT "FK_6a24135330386914e7681a43f34" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reply_delivery" ADD CONSTRAINT "FK_a89fcbf03101720b0d140aa60ad" FOREIGN KEY ("reply_id") REFERENCES "reply"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reply_revision" ADD CONSTRAINT "FK_dd71a063b253f4f54373b2b0ea6" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reply_revision" ADD CONSTRAINT "FK_0a679cdb396762bcea1a0e3cbac" FOREIGN KEY ("reply_id") REFERENCES "reply"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Replies written before revisions were kept get their current wording as their first kept version.
    await queryRunner.query(`INSERT INTO "reply_revision" ("client_id", "reply_id", "revision", "theses", "text", "variants", "approved_by_id", "approved_at") SELECT "client_id", "id", "revision", "theses", "text", "variants", "approved_by_id", "approved_at" FROM "reply"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reply_revision" DROP CONSTRAINT "FK_0a679cdb396762bcea1a0e3cbac"`);
    await queryRunner.query(`ALTER TABLE "reply_revision" DROP CONSTRAINT "FK_dd71a063b253f4f54373b2b0ea6"`);
    await queryRunner.query(`ALTER TABLE "reply_delivery" DROP CONSTRAINT "FK_a89fcbf03101720b0d140aa60ad"`);
    await queryRunner.query(`ALTER TABLE "reply_delivery" DROP CONSTRAINT "FK_6a24135330386914e7681a43f34"`);
    await queryRunner.query(`DROP INDEX "public"."reply_revision_number"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd71a063b253f4f54373b2b0ea"`);
    await queryRunner.query(`DROP TABLE "reply_revision"`);
    await queryRunner.query(`DROP INDEX "public"."reply_delivery_by_author"`);
    await queryRunner.query(`DROP INDEX "public"."reply_delivery_by_platform"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a24135330386914e7681a43f3"`);
    await queryRunner.query(`DROP TABLE "reply_delivery"`);
  }
}
