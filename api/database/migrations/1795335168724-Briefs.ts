import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Briefs1795335168724 implements MigrationInterface {
  name = 'Briefs1795335168724';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "brief" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "title" character varying NOT NULL, CONSTRAINT "PK_127657d07cd4734cff26bad2f02" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_441057f74e3caca8b26785b8e4" ON "brief"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "brief_one_per_client" ON "brief"  ("client_id") `);
    await queryRunner.query(`CREATE TYPE "public"."brief_status" AS ENUM('DRAFT', 'IN_REVIEW', 'APPROVED', 'ARCHIVED')`);
    await queryRunner.query(`CREATE TABLE "brief_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "brief_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."brief_status" NOT NULL DEFAULT 'DRAFT', "content" jsonb NOT NULL, "based_on_version_id" uuid, "created_by_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, CONSTRAINT "PK_cb899a066f5e5586549acee470b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_18d181ab1c2bd917d3a0eb9189" ON "brief_version"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "brief_version_one_in_force" ON "brief_version"  ("brief_id") WHERE "status" = 'APPROVED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_20e02c67567707e385ed3735f1" ON "brief_version"  ("brief_id", "number") `);
    await queryRunner.query(`ALTER TABLE "brief" ADD CONSTRAINT "FK_441057f74e3caca8b26785b8e47" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_version" ADD CONSTRAINT "FK_18d181ab1c2bd917d3a0eb91893" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "brief_version" ADD CONSTRAINT "FK_8a069457bd4fd329321591dfa7a" FOREIGN KEY ("brief_id") REFERENCES "brief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brief_version" DROP CONSTRAINT "FK_8a069457bd4fd329321591dfa7a"`);
    await queryRunner.query(`ALTER TABLE "brief_version" DROP CONSTRAINT "FK_18d181ab1c2bd917d3a0eb91893"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_441057f74e3caca8b26785b8e47"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_20e02c67567707e385ed3735f1"`);
    await queryRunner.query(`DROP INDEX "public"."brief_version_one_in_force"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_18d181ab1c2bd917d3a0eb9189"`);
    await queryRunner.query(`DROP TABLE "brief_version"`);
    await queryRunner.query(`DROP TYPE "public"."brief_status"`);
    await queryRunner.query(`DROP INDEX "public"."brief_one_per_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_441057f74e3caca8b26785b8e4"`);
    await queryRunner.query(`DROP TABLE "brief"`);
  }
}
