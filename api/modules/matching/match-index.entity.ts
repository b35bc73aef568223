import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { Situation } from '../argument-base/situation.entity';
import { Client } from '../clients/client.entity';

/**
 * The match index: derived rows that database triggers keep in step with situations, examples and
 * replies (migration MatchIndex), whoever writes them. Nothing in TypeScript writes here, and none
 * of it is in the GraphQL schema. Indexes made by hand in the migration are declared with
 * `synchronize: false` so that generated migrations leave them alone.
 */

/** What a document was made from; weighs in the ranking (matching.ranking.ts). */
export enum MatchDocumentKind {
  TITLE = 'TITLE',
  /** A curated phrasing: written for the base, every word of it chosen. */
  EXAMPLE = 'EXAMPLE',
  REPLY = 'REPLY',
  THESIS = 'THESIS',
  /** A real post a person confirmed (a CONFIRMED example): a neighbour to compare posts with, not a definition. */
  CONFIRMED = 'CONFIRMED',
}

/** One indexed text of an unarchived situation: its title, an example (curated or confirmed), a reply or a thesis. */
@Entity()
// By kind too: a situation's curated documents are read without its confirmed ones, however many it has.
@Index(['situationId', 'kind'])
@Index(['sourceId'])
export class SituationMatchDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  clientId: string;

  @Column('uuid')
  situationId: string;

  @ManyToOne(() => Situation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'situation_id' })
  situation?: Situation;

  @Column({ type: 'varchar', length: 16 })
  kind: MatchDocumentKind;

  /** The situation's category, kept on the document so that its removal is counted out of the category's statistics. */
  @Column({ type: 'enum', enum: ConsumerCycleCategory, enumName: 'consumer_cycle_category' })
  category: ConsumerCycleCategory;

  /** The situation, example or reply the text comes from. */
  @Column('uuid')
  sourceId: string;

  @Column('text')
  text: string;

  /** Distinct `russian` lexemes of the text (stop words dropped). */
  @Column({ type: 'text', array: true })
  lexemes: string[];
}

/** Posting list: which documents hold a lexeme. Read by (client, term, confirmed) with a bounded LIMIT. */
@Entity()
@Index('situation_match_term_lookup', { synchronize: false })
export class SituationMatchTerm {
  @PrimaryColumn('uuid')
  documentId: string;

  // No foreign key since MatchIndexBulkWrites: the documents' delete trigger removes their postings.
  @ManyToOne(() => SituationMatchDocument, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'document_id' })
  document?: SituationMatchDocument;

  @PrimaryColumn('text')
  term: string;

  @Column('uuid')
  clientId: string;

  @Column('uuid')
  situationId: string;

  /** Whether the document is a confirmed example: curated postings and confirmed ones are read apart. */
  @Column({ type: 'boolean', default: false })
  confirmed: boolean;
}

/** Every lexeme of a client's base with the number of documents holding it: the base's own IDF. */
@Entity()
@Index('situation_match_vocabulary_trigram', { synchronize: false })
export class SituationMatchVocabulary {
  @PrimaryColumn('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @PrimaryColumn('text')
  term: string;

  /** Curated documents holding the term (titles, curated examples, replies, theses): the IDF of the ranking. */
  @Column('int')
  documentCount: number;

  /** Confirmed examples holding the term: how common it is in real posts. */
  @Column({ type: 'int', default: 0 })
  confirmedCount: number;

  /** Trigrams of the term (pg_trgm's show_trgm), the denominator of its similarity to a word. */
  @Column('int')
  gramCount: number;
}

/**
 * The trigrams of every vocabulary term, so that the spellings near a word of a post are found by
 * index lookups of the word's own trigrams, bounded by the vocabulary, never by the base.
 */
@Entity()
export class SituationMatchGram {
  @PrimaryColumn('uuid')
  clientId: string;

  @PrimaryColumn('text')
  gram: string;

  @PrimaryColumn('text')
  term: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}

/** The number of documents of a client's base (N of the IDF): curated ones, and confirmed examples apart. */
@Entity()
export class SituationMatchCorpus {
  @PrimaryColumn('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column('int')
  documentCount: number;

  @Column({ type: 'int', default: 0 })
  confirmedCount: number;
}

/**
 * How many curated documents of each category (and kind) hold a term: the word counts of the base's
 * own category classifier (category-classifier.ts), read for the post's spellings only.
 */
@Entity()
export class SituationMatchCategoryTerm {
  @PrimaryColumn('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @PrimaryColumn('text')
  term: string;

  @PrimaryColumn({ type: 'enum', enum: ConsumerCycleCategory, enumName: 'consumer_cycle_category' })
  category: ConsumerCycleCategory;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: MatchDocumentKind;

  @Column('int')
  documentCount: number;
}

/** Each category's curated documents (by kind) and the lexemes they hold in all: the classifier's denominators. */
@Entity()
export class SituationMatchCategory {
  @PrimaryColumn('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @PrimaryColumn({ type: 'enum', enum: ConsumerCycleCategory, enumName: 'consumer_cycle_category' })
  category: ConsumerCycleCategory;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: MatchDocumentKind;

  @Column('int')
  documentCount: number;

  @Column('int')
  lexemeCount: number;
}
