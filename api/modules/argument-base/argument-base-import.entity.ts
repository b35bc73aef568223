import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

export enum ArgumentBaseImportStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(ArgumentBaseImportStatus, {
  name: 'ArgumentBaseImportStatus',
  description: 'RUNNING until the import commits (DONE) or is rolled back (FAILED: nothing of it was written).',
});

/**
 * How far an import has gone, for a progress bar: the import's own transaction is invisible until
 * it commits, so this row is written through another connection, in PostgreSQL (any API process
 * answers the poll). The counts are the import's result once DONE.
 */
@ObjectType({ description: 'An argument-base import as it runs: rows written so far out of the file\'s rows.' })
@Entity()
@Index('argument_base_import_by_client', ['clientId', 'createdAt'])
export class ArgumentBaseImport extends ClientOwnedEntity {
  @Field(() => ArgumentBaseImportStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ArgumentBaseImportStatus;

  @Field(() => Int, { description: 'Rows of the file; 0 until it is read.' })
  @Column('int', { default: 0 })
  rowsTotal: number;

  @Field(() => Int, { description: 'Rows written so far (in the import\'s transaction: they count only if it ends DONE).' })
  @Column('int', { default: 0 })
  rowsDone: number;

  @Field(() => Int, { description: 'Rows refused (INVALID_ROWS or EXISTING_SITUATIONS): then the import FAILED and wrote nothing.' })
  @Column('int', { default: 0 })
  refusals: number;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  created: number | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  updated: number | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  unchanged: number | null;

  @Column('uuid', { nullable: true })
  startedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
