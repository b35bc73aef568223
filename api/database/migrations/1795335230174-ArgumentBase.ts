import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArgumentBase1795335230174 implements MigrationInterface {
  name = 'ArgumentBase1795335230174';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."consumer_cycle_category" AS ENUM('GENERAL_REQUEST', 'COMPETITOR_REQUEST', 'PRODUCT_REQUEST', 'FIRST_REVIEW', 'NEGATIVE', 'SUPPORT', 'PRODUCT_REFUSAL', 'UNCOMFORTABLE_QUESTION')`);
    await queryRunner.query(`CREATE TABLE "situation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "key" character varying NOT NULL, "title" character varying NOT NULL, "category" "public"."consumer_cycle_category" NOT NULL, "topic" text, "is_archived" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_50b87b9a57c35e00e7ae36b417b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_35666b97e0a062438369e3c9c8" ON "situation"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "situation_key_per_client" ON "situation"  ("client_id", "key") `);
    await queryRunner.query(`CREATE TYPE "public"."reply_status" AS ENUM('DRAFT', 'APPROVED', 'RETIRED')`);
    await queryRunner.query(`CREATE TABLE "reply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "situation_id" uuid NOT NULL, "theses" text array NOT NULL DEFAULT '{}', "text" text NOT NULL, "variants" text array NOT NULL DEFAULT '{}', "platform_kinds" "public"."platform_kind" array NOT NULL DEFAULT '{}', "status" "public"."reply_status" NOT NULL DEFAULT 'DRAFT', "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "revision" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_94fa9017051b40a71e000a2aff9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3f20eb87e6be3b34ebc4bb214f" ON "reply"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1ace534011fed96b3726b8f998" ON "reply"  ("situation_id") `);
    await queryRunner.query(`CREATE TYPE "public"."example_source" AS ENUM('CURATED', 'CONFIRMED')`);
    await queryRunner.query(`CREATE TABLE "situation_example" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "situation_id" uuid NOT NULL, "text" text NOT NULL, "source" "public"."example_source" NOT NULL DEFAULT 'CURATED', "case_id" uuid, CONSTRAINT "PK_5abf8e9ba3ceb42f48fbf99bd80" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_405584fc4fed90b4bde96f2b21" ON "situation_example"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6cb5972103d199ecd3a374c146" ON "situation_example"  ("situation_id") `);
    await queryRunner.query(`ALTER TABLE "situation" ADD CONSTRAINT "FK_35666b97e0a062438369e3c9c88" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reply" ADD CONSTRAINT "FK_3f20eb87e6be3b34ebc4bb214f2" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reply" ADD CONSTRAINT "FK_1ace534011fed96b3726b8f9989" FOREIGN KEY ("situation_id") REFERENCES "situation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "situation_example" ADD CONSTRAINT "FK_405584fc4fed90b4bde96f2b216" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "situation_example" ADD CONSTRAINT "FK_6cb5972103d199ecd3a374c1462" FOREIGN KEY ("situation_id") REFERENCES "situation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "situation_example" DROP CONSTRAINT "FK_6cb5972103d199ecd3a374c1462"`);
    await queryRunner.query(`ALTER TABLE "situation_example" DROP CONSTRAINT "FK_405584fc4fed90b4bde96f2b216"`);
    await queryRunner.query(`ALTER TABLE "reply" DROP CONSTRAINT "FK_1ace534011fed96b3726b8f9989"`);
    await queryRunner.query(`ALTER TABLE "reply" DROP CONSTRAINT "FK_3f20eb87e6be3b34ebc4bb214f2"`);
    await queryRunner.query(`ALTER TABLE "situation" DROP CONSTRAINT "FK_35666b97e0a062438369e3c9c88"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6cb5972103d199ecd3a374c146"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_405584fc4fed90b4bde96f2b21"`);
    await queryRunner.query(`DROP TABLE "situation_example"`);
    await queryRunner.query(`DROP TYPE "public"."example_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ace534011fed96b3726b8f998"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f20eb87e6be3b34ebc4bb214f"`);
    await queryRunner.query(`DROP TABLE "reply"`);
    await queryRunner.query(`DROP TYPE "public"."reply_status"`);
    await queryRunner.query(`DROP INDEX "public"."situation_key_per_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35666b97e0a062438369e3c9c8"`);
    await queryRunner.query(`DROP TABLE "situation"`);
    await queryRunner.query(`DROP TYPE "public"."consumer_cycle_category"`);
  }
}
