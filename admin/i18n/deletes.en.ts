/** What "Delete" does, resource by resource, said in the confirmation before it happens. */
export const deletesEn = {
  situation: 'A situation never used (no cases, no reply ever approved) is deleted; one with history is archived and matched no more.',
  reply: 'A draft never approved is deleted; a reply approved or used before is retired and kept for history.',
  platform: 'A platform without posts or cases is deleted with its official accounts; one with history is archived.',
  representative: 'A representative who never worked a case is deleted with their accounts; one with history is deactivated.',
  user: 'The user is deactivated: they can no longer sign in, and their name stays on what they did.',
};
