// The shapes and limits of a shared assessment's documents (layout.ts), built from the
// assessment file's own schema so the two can never disagree. Documents read from a
// server or a replica are untrusted: parse them with these before use.
// The server's validate_doc_update (src/server/couchdb/validate_doc_update.js) enforces
// the same limits, and refuses unknown fields where these schemas drop them.
import { z } from "../zod";
import { answerSchema, assessmentSchema } from "../document/format";
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_PREFIX,
  ACTIVITY_RANDOM_PATTERN,
  MAX_PEOPLE,
  MEMBER_ROLES,
  USER_NAME_PATTERN,
  type ActivityDoc,
  type AnswerDoc,
  type CompletionDoc,
  type DetailsDoc,
  type MembersDoc,
} from "./layout";
import { MAX_COMPLETED_SECTIONS, MAX_NAME } from "../document/limits";

const fields = assessmentSchema.shape;
const id = fields.id;
const isoTime = fields.createdAt;
const rev = z.optional(z.string().check(z.maxLength(100)));

export const userNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_NAME),
  z.regex(new RegExp(USER_NAME_PATTERN), "must be a user name of letters, digits and . _ @ + -"),
);

export const detailsDocSchema = z.object({
  _id: z.literal("details"),
  _rev: rev,
  assessmentId: id,
  country: fields.country,
  year: fields.year,
  perspective: fields.perspective,
  leadMinistry: fields.leadMinistry,
  title: fields.title,
  questionnaire: fields.questionnaire,
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const memberSchema = z.object({
  name: userNameSchema,
  role: z.enum(MEMBER_ROLES),
  dimensions: z.array(id).check(z.maxLength(MAX_COMPLETED_SECTIONS)),
});

export const membersDocSchema = z.object({
  _id: z.literal("members"),
  _rev: rev,
  people: z.array(memberSchema).check(z.minLength(1), z.maxLength(MAX_PEOPLE)),
});

export const completionDocSchema = z.object({
  _id: z.literal("completion"),
  _rev: rev,
  completedSections: z.array(id).check(z.maxLength(MAX_COMPLETED_SECTIONS)),
});

const prefixedId = (prefix: string) =>
  z.string().check(
    z.refine((s) => s.startsWith(prefix) && id.safeParse(s.slice(prefix.length)).success, `must be "${prefix}" followed by an id`),
  );

export const answerDocSchema = z.object({ ...answerSchema.shape, _id: prefixedId("answer:"), _rev: rev });
export const archiveDocSchema = z.object({ ...answerSchema.shape, _id: prefixedId("archive:"), _rev: rev });

const randomTail = new RegExp(ACTIVITY_RANDOM_PATTERN);

export const activityDocSchema = z
  .object({
    _id: z.string().check(z.maxLength(500)),
    _rev: rev,
    at: isoTime,
    user: userNameSchema,
    action: z.enum(ACTIVITY_ACTIONS),
    indicatorId: z.optional(id),
    dimensionId: z.optional(id),
  })
  .check(
    z.refine((doc) => {
      const head = `${ACTIVITY_PREFIX}${doc.at}:${doc.user}:`;
      return doc._id.startsWith(head) && randomTail.test(doc._id.slice(head.length));
    }, "the id must be activity:<at>:<user>:<8-32 lower-case letters or digits>"),
  );

// Compile-time checks that the schemas and the layout's types agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _details: Same<z.infer<typeof detailsDocSchema>, DetailsDoc & { _id: "details" }> = true;
const _members: Same<z.infer<typeof membersDocSchema>, MembersDoc & { _id: "members" }> = true;
const _completion: Same<z.infer<typeof completionDocSchema>, CompletionDoc & { _id: "completion" }> = true;
const _answer: Same<z.infer<typeof answerDocSchema>, AnswerDoc> = true;
const _activity: Same<z.infer<typeof activityDocSchema>, ActivityDoc> = true;
void [_details, _members, _completion, _answer, _activity];
