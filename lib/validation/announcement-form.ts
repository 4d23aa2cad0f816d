import { z } from "zod";
import { authorityCodeSchema } from "./common";
import {
  clearableText,
  hiddenInt,
  lines,
  optionalCount,
  optionalDate,
  optionalFormText,
  requiredDate,
  requiredText,
} from "./form-data";
import type { AnnouncementInput, AnnouncementUpdateInput } from "./announcement";
import { getMessages } from "@/lib/i18n";

const v = getMessages().admin.validation;

/** The fields both announcement forms share, as typed. */
const shared = {
  title: requiredText(1000, v.title),
  program: optionalFormText(300),
  announcedOn: requiredDate(v.announcedOn),
  effectiveOn: optionalDate(),
  declaredVessels: optionalCount(),
  declaredOrganizations: optionalCount(),
  declaredIndividuals: optionalCount(),
  summary: optionalFormText(4000),
};

/** /admin/announcements/new: a new round. Output: the `createAnnouncement` command's input. */
export const announcementCreateFormSchema = z
  .object({
    id: z
      .string({ error: v.announcementId })
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{2,99}$/, v.announcementId),
    authorityCode: authorityCodeSchema.catch("").pipe(z.string().min(1, v.authority)),
    ...shared,
    sources: lines(2000).refine((l) => l.length > 0, v.sourcesNeeded),
  })
  .transform(
    (f): AnnouncementInput => ({
      id: f.id,
      authorityCode: f.authorityCode,
      program: f.program,
      title: f.title,
      summary: f.summary,
      announcedOn: f.announcedOn,
      effectiveOn: f.effectiveOn,
      declared: { vessel: f.declaredVessels, organization: f.declaredOrganizations, individual: f.declaredIndividuals },
      sources: f.sources,
    }),
  );

/** The announcement's edit form on /admin/announcements/[id]: output the `updateAnnouncement` command's input. */
export const announcementEditFormSchema = z
  .object({
    id: z.string().trim().min(1, v.reload),
    version: hiddenInt(),
    ...shared,
    summary: clearableText(4000),
    sources: lines(2000),
  })
  .transform(
    (f): AnnouncementUpdateInput => ({
      id: f.id,
      expectedVersion: f.version,
      program: f.program,
      title: f.title,
      summary: f.summary,
      announcedOn: f.announcedOn,
      effectiveOn: f.effectiveOn ?? null,
      declared: {
        vessel: f.declaredVessels ?? null,
        organization: f.declaredOrganizations ?? null,
        individual: f.declaredIndividuals ?? null,
      },
      sources: f.sources,
    }),
  );
