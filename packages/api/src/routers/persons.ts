import { PersonCorrectionSchema } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { correctionHistory, correctPerson } from "../operations/person-correction";
import {
  buildPersonExtract,
  findPersonForExtract,
  personExtractJson,
  personExtractPdf,
} from "../operations/person-extract";
import { procedureFor, router } from "../trpc";

const admin = procedureFor("admin");
/** The number travels in the POST body, never in a URL (proxy and access logs). */
const PinInput = z.object({
  personalIdentityNumber: z.string().max(20, { error: "validation.personnummer.format" }),
});

/** The data protection officer's duties toward one person (GDPR art. 15 and 16); admin only. */
export const personsRouter = router({
  /** Finds the person: name, masked number and correction history. A read, audited. */
  find: admin.input(PinInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const person = await findPersonForExtract(tx, input.personalIdentityNumber, todayIn(ctx));
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "person.find",
        subjectType: "person",
        subjectId: person.id,
        personIds: [person.id],
      });
      const history = await correctionHistory(tx, person.id);
      return {
        id: person.id,
        givenName: person.givenName,
        familyName: person.familyName,
        personalIdentityNumber: person.personalIdentityNumber,
        birthDate: person.birthDate,
        pseudonymised: person.pseudonymisedAt !== null,
        corrections: history.map((h) => ({
          field: h.field,
          oldValue: h.oldValue,
          newValue: h.newValue,
          reason: h.reason,
          correctedAt: h.correctedAt.toISOString(),
        })),
      };
    }),
  ),

  /** The register extract as a file (JSON or PDF), audited in the same transaction. */
  extract: admin
    .input(PinInput.extend({ format: z.enum(["json", "pdf"]) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const person = await findPersonForExtract(tx, input.personalIdentityNumber, todayIn(ctx));
        const extract = await buildPersonExtract(tx, {
          personId: person.id,
          actorUserId: ctx.user.id,
          now: ctx.now(),
          via: "admin",
        });
        const day = todayIn(ctx);
        const data =
          input.format === "json"
            ? Buffer.from(personExtractJson(extract), "utf8")
            : await personExtractPdf(extract);
        return {
          fileName: `registerutdrag-${day}.${input.format}`,
          mimeType: input.format === "json" ? "application/json" : "application/pdf",
          base64: data.toString("base64"),
          accessLogRows: extract.accessLog.length,
        };
      }),
    ),

  /** Corrects name or number, keeping the old values (art. 16). */
  correct: admin
    .input(z.object({ personId: z.uuid(), correction: PersonCorrectionSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction((tx) =>
        correctPerson(tx, {
          personId: input.personId,
          correction: input.correction,
          actorUserId: ctx.user.id,
          today: todayIn(ctx),
          now: ctx.now(),
        }),
      ),
    ),
});
