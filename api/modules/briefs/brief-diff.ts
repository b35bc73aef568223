import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BRIEF_SECTIONS, type BriefContent, type BriefSection } from './brief-content';
import { itemLabel, type PlatformNames } from './brief-labels';
import { BriefVersion } from './brief-version.entity';

@ObjectType({ description: 'One field of an item, before and after.' })
export class BriefFieldChange {
  @Field()
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  old: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  new: unknown;
}

@ObjectType({ description: 'An item present on one side only.' })
export class BriefDiffItem {
  @Field()
  key: string;

  @Field({ description: 'How a person recognises the item (its name, text, or where it applies), in Russian.' })
  label: string;

  @Field(() => GraphQLJSONObject)
  item: Record<string, unknown>;
}

@ObjectType({ description: 'An item present on both sides (same key) whose fields differ.' })
export class BriefItemChange {
  @Field()
  key: string;

  @Field({ description: "The label on the newer side." })
  label: string;

  @Field(() => [BriefFieldChange])
  fields: BriefFieldChange[];

  @Field(() => GraphQLJSONObject)
  from: Record<string, unknown>;

  @Field(() => GraphQLJSONObject)
  to: Record<string, unknown>;
}

@ObjectType()
export class BriefSectionDiff {
  @Field(() => String, { description: `One of ${BRIEF_SECTIONS.join(', ')}.` })
  section: BriefSection;

  @Field(() => [BriefDiffItem])
  added: BriefDiffItem[];

  @Field(() => [BriefDiffItem])
  removed: BriefDiffItem[];

  @Field(() => [BriefItemChange])
  changed: BriefItemChange[];

  @Field({ description: 'The items both sides hold are in another order.' })
  reordered: boolean;

  @Field(() => Int, { description: 'Items identical on both sides.' })
  unchanged: number;
}

@ObjectType({ description: 'What changed from one version of the brief to another, section by section; items are paired by key.' })
export class BriefDiff {
  @Field(() => BriefVersion)
  from: BriefVersion;

  @Field(() => BriefVersion)
  to: BriefVersion;

  @Field(() => BriefFieldChange, { nullable: true, description: 'Set when the title differs.' })
  title: BriefFieldChange | null;

  @Field(() => [BriefSectionDiff], { description: 'Every section, in the order of the brief, changed or not.' })
  sections: BriefSectionDiff[];

  @Field({ description: 'Whether anything differs at all.' })
  hasChanges: boolean;
}

type AnyItem = { key: string } & Record<string, unknown>;

const same = (left: unknown, right: unknown) => JSON.stringify(left ?? null) === JSON.stringify(right ?? null);

function fieldChanges(from: AnyItem, to: AnyItem): BriefFieldChange[] {
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((field) => field !== 'key');
  return fields.filter((field) => !same(from[field], to[field])).map((field) => ({ field, old: from[field] ?? null, new: to[field] ?? null }));
}

/** One section: items added, removed and changed field by field, paired by key. */
export function diffSection(section: BriefSection, fromItems: AnyItem[], toItems: AnyItem[], platforms: PlatformNames): BriefSectionDiff {
  const label = (item: AnyItem) => itemLabel(section, item as never, platforms);
  const describe = (item: AnyItem): BriefDiffItem => ({ key: item.key, label: label(item), item });
  const fromByKey = new Map(fromItems.map((item) => [item.key, item]));
  const toKeys = new Set(toItems.map((item) => item.key));
  const changed: BriefItemChange[] = [];
  let unchanged = 0;
  for (const item of toItems) {
    const previous = fromByKey.get(item.key);
    if (!previous) continue;
    const fields = fieldChanges(previous, item);
    if (fields.length) changed.push({ key: item.key, label: label(item), fields, from: previous, to: item });
    else unchanged += 1;
  }
  const commonInFromOrder = fromItems.filter((item) => toKeys.has(item.key)).map((item) => item.key);
  const commonInToOrder = toItems.filter((item) => fromByKey.has(item.key)).map((item) => item.key);
  return {
    section,
    added: toItems.filter((item) => !fromByKey.has(item.key)).map(describe),
    removed: fromItems.filter((item) => !toKeys.has(item.key)).map(describe),
    changed,
    reordered: !same(commonInFromOrder, commonInToOrder),
    unchanged,
  };
}

export function diffContent(from: BriefContent, to: BriefContent, platforms: PlatformNames): BriefSectionDiff[] {
  const items = (content: BriefContent, section: BriefSection) => (content[section] ?? []) as unknown as AnyItem[];
  return BRIEF_SECTIONS.map((section) => diffSection(section, items(from, section), items(to, section), platforms));
}

export function sectionHasChanges(section: BriefSectionDiff): boolean {
  return section.added.length + section.removed.length + section.changed.length > 0 || section.reordered;
}

/** The diff of two versions' titles and contents. */
export function diffVersions(from: BriefVersion, to: BriefVersion, platforms: PlatformNames): BriefDiff {
  const sections = diffContent(from.content, to.content, platforms);
  const title = from.title === to.title ? null : { field: 'title', old: from.title, new: to.title };
  return { from, to, title, sections, hasChanges: Boolean(title) || sections.some(sectionHasChanges) };
}
