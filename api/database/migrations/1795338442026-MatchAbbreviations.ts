import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The match index reads the capital abbreviations the `russian` configuration loses ("ТО" is a stop
 * word to it, "СТО" a number) as the words they stand for, as the post side does (post-text.ts,
 * expandAbbreviations); a text mostly in capitals is shouting, and is left as it is. Every
 * situation's documents are rebuilt with it.
 */
const LETTER = 'А-Яа-яЁёA-Za-z';

const abbreviations = `
CREATE FUNCTION situation_match_abbreviations(content text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN length(regexp_replace(content, '[^А-ЯЁA-Z]', '', 'g')) * 2 > length(regexp_replace(content, '[^${LETTER}]', '', 'g')) THEN content
    ELSE regexp_replace(regexp_replace(content,
      '(^|[^${LETTER}0-9])ТО(?=[^${LETTER}]|$)', '\\1техобслуживание ', 'g'),
      '(^|[^${LETTER}0-9])СТО(?=[^${LETTER}]|$)', '\\1автосервис ', 'g')
  END
$$`;

const lexemes = (source: string) => `
CREATE OR REPLACE FUNCTION situation_match_lexemes(content text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- The russian configuration stems words and drops stop words; ё is folded to е first so both spellings meet,
  -- reply placeholders are not words, and bare numbers say nothing about which situation a post is.
  SELECT coalesce(array_agg(lexeme ORDER BY lexeme), '{}')
  FROM unnest(tsvector_to_array(to_tsvector('russian'::regconfig,
    replace(lower(regexp_replace(${source}, '\\{(name|brand)\\}', ' ', 'g')), 'ё', 'е')))) AS lexeme
  WHERE lexeme !~ '^[0-9.,:/-]+$'
$$`;

export class MatchAbbreviations1795338442026 implements MigrationInterface {
  name = 'MatchAbbreviations1795338442026';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(abbreviations);
    await queryRunner.query(lexemes(`situation_match_abbreviations(coalesce(content, ''))`));
    await queryRunner.query(`SELECT situation_match_rebuild(id) FROM situation`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(lexemes(`coalesce(content, '')`));
    await queryRunner.query(`DROP FUNCTION situation_match_abbreviations(text)`);
    await queryRunner.query(`SELECT situation_match_rebuild(id) FROM situation`);
  }
}
