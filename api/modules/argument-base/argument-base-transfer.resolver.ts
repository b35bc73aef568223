import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { Role } from '../users/role';
import { exportArgumentBase } from './argument-base-export.service';
import { ArgumentBaseImport } from './argument-base-import.entity';
import { argumentBaseImport, ArgumentBaseImportResult, importArgumentBase } from './argument-base-import.service';

/** Moving the argument base in and out as the public CSV file. */
@Resolver()
export class ArgumentBaseTransferResolver {
  @Authorized([Role.PR_SPECIALIST, Role.RESPONSIBLE])
  @Mutation(() => ArgumentBaseImportResult, {
    description:
      'Imports a CSV (client,key,situation,category,examples,reply,topic) into the request\'s client, all or nothing. ' +
      'Rows upsert by key. Replies land as DRAFT unless approve is true (PR specialists only). Bad rows: BAD_USER_INPUT ' +
      'with extensions.reason INVALID_ROWS and extensions.problems [{ line, column, message, reason, value }] (reason from ErrorReason, value the cell read). A responsible person adds new ' +
      'situations only: a row that would change an existing one is FORBIDDEN with reason EXISTING_SITUATIONS (nothing imported). ' +
      'With progressId (a new UUID of the caller\'s choosing) argumentBaseImport(id) tells how far it has gone while it runs; an id already used is CONFLICT (UNIQUE_VIOLATION).',
  })
  importArgumentBase(
    @Arg('csv') csv: string,
    @Arg('approve', () => Boolean, { defaultValue: false }) approve: boolean,
    @Arg('progressId', () => ID, { nullable: true }) progressId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<ArgumentBaseImportResult> {
    return importArgumentBase(context, csv, approve, progressId);
  }

  @Authorized([Role.PR_SPECIALIST, Role.RESPONSIBLE])
  @Query(() => ArgumentBaseImport, { description: 'How far an import started with this progressId has gone (rows written of the file\'s rows), then its result or refusal.' })
  argumentBaseImport(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ArgumentBaseImport> {
    return argumentBaseImport(context, id);
  }

  @Authorized([Role.PR_SPECIALIST, Role.RESPONSIBLE, ApiKeyScope.BASE_READ])
  @Query(() => String, {
    description: "The request's client's base as CSV; importing it gives the same base. Replies are the ones allReplies shows the caller (approved only, for a responsible person).",
  })
  exportArgumentBase(@Ctx() context: RequestContext): Promise<string> {
    return exportArgumentBase(context);
  }
}
