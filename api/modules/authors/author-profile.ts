import { Field, ObjectType } from 'type-graphql';
import type { TenantScope } from '../../auth/tenant-scope';
import { Author } from './author.entity';
import { AuthorHistory, authorProfileKey, loadAuthorProfiles, type AuthorProfile, type AuthorReference } from './author-history';

/** Public API (matchSituations, Case.suggestion): who wrote a post, as the team knows them. */
@ObjectType('AuthorProfile', { description: '"Who is this, did they write before, about what, were their problems solved": the author of a handle.' })
export class AuthorProfileView {
  @Field({ description: 'The handle asked about, as given.' })
  handle: string;

  @Field({ description: 'True when the handle has written to the client before (on the platform, when one was given).' })
  known: boolean;

  @Field(() => String, { nullable: true, description: 'Their name, when one was recorded: replies greet people by name.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: "The team's notes on them: how best to answer, what they need." })
  notes: string | null;

  @Field(() => [Author], { description: "The author on the platform, or on each of the client's platforms when none was given." })
  authors: Author[];

  @Field(() => AuthorHistory, { description: 'Their cases summed up, on every platform listed in authors.' })
  history: AuthorHistory;
}

export function authorProfileView(handle: string, profile: AuthorProfile): AuthorProfileView {
  const named = profile.authors.find((author) => author.name);
  const noted = profile.authors.filter((author) => author.notes).map((author) => author.notes);
  return {
    handle,
    known: profile.authors.length > 0,
    name: named?.name ?? null,
    notes: noted.length ? noted.join('\n') : null,
    authors: profile.authors,
    history: profile.history,
  };
}

/**
 * Profiles of many handles with loadAuthorProfiles (two statements whatever their number, one when
 * none is known), keyed as the references are given.
 */
export async function loadAuthorProfileViews(tenant: TenantScope, references: AuthorReference[]): Promise<AuthorProfileView[]> {
  const profiles = await loadAuthorProfiles(tenant, references);
  return references.map((reference) => authorProfileView(reference.handle, profiles.get(authorProfileKey(reference))!));
}
