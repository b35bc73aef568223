import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Representatives' periodic reports: figures (frozen on submission), narrative, the reviewer's comments. */
export class Reports1796510100000 implements MigrationInterface {
  name = 'Reports1796510100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "representative_id" uuid NOT NULL, "platform_id" uuid, "period" character varying NOT NULL DEFAULT 'MONTH', "first_day" date NOT NULL, "last_day" date NOT NULL, "status" character varying NOT NULL DEFAULT 'DRAFT', "figures" jsonb NOT NULL DEFAULT '[]', "went_well" text NOT NULL DEFAULT '', "problems" text NOT NULL DEFAULT '', "proposals" text NOT NULL DEFAULT '', "review_comment" text, "comments" jsonb NOT NULL DEFAULT '[]', "created_by_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b0246b145b530ccb5a8f980e04" ON "report"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_22bae9173973c58ee64b06b9ce" ON "report"  ("client_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb9df0deac9cc6b989c2e7e818" ON "report"  ("client_id", "representative_id", "first_day") `);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_b0246b145b530ccb5a8f980e043" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_b0246b145b530ccb5a8f980e043"`);
    await queryRunner.query(`DROP TABLE "report"`);
  }
}
