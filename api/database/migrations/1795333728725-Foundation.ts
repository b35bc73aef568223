import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795333728725 implements MigrationInterface {
  name = 'Foundation1795333728725';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The matching of posts to situations needs trigram similarity and accent folding.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TABLE "instance_setting" ("name" character varying NOT NULL, "value" character varying NOT NULL, CONSTRAINT "PK_fe3eea016f70bf96b6fc8be2ae0" PRIMARY KEY ("name"))`);
    await queryRunner.query(`CREATE TABLE "client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying NOT NULL, "slug" character varying NOT NULL, "brand_name" character varying NOT NULL, CONSTRAINT "UQ_3ce23f3709983d19bc42758b01e" UNIQUE ("slug"), CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "name" character varying NOT NULL, "prefix" character varying NOT NULL, "secret_hash" character varying NOT NULL, "scopes" text array NOT NULL, "created_by_id" uuid, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_b227edd98d489363d65e908e60f" UNIQUE ("secret_hash"), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f0d652528d940ee151a5fc5fed" ON "api_key"  ("client_id") `);
    await queryRunner.query(`CREATE TYPE "public"."actor_type" AS ENUM('USER', 'API_KEY', 'SYSTEM')`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid, "actor_type" "public"."actor_type" NOT NULL, "actor_user_id" uuid, "actor_api_key_id" uuid, "actor_label" character varying NOT NULL, "entity_type" character varying NOT NULL, "entity_id" character varying NOT NULL, "action" character varying NOT NULL, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c0ea392536b5c4cba7012b6f7b" ON "audit_event"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5d18ceaa2bad104d8b562c0ef9" ON "audit_event"  ("client_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "email" character varying NOT NULL, "name" character varying NOT NULL, "password_hash" character varying NOT NULL, "is_admin" boolean NOT NULL DEFAULT false, "is_active" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('ADMIN', 'PR_SPECIALIST', 'RESPONSIBLE', 'REPRESENTATIVE', 'TRAINER')`);
    await queryRunner.query(`CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aaad9da11ca4155a2c071ba76c" ON "membership"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_66b0af6a882f793c44810f416b" ON "membership"  ("user_id", "client_id", "role") `);
    await queryRunner.query(`ALTER TABLE "api_key" ADD CONSTRAINT "FK_f0d652528d940ee151a5fc5fed4" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_aaad9da11ca4155a2c071ba76cb" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_aaad9da11ca4155a2c071ba76cb"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_f0d652528d940ee151a5fc5fed4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66b0af6a882f793c44810f416b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aaad9da11ca4155a2c071ba76c"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d18ceaa2bad104d8b562c0ef9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0ea392536b5c4cba7012b6f7b"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TYPE "public"."actor_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0d652528d940ee151a5fc5fed"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP TABLE "client"`);
    await queryRunner.query(`DROP TABLE "instance_setting"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
