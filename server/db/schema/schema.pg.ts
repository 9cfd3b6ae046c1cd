// The schema instantiated for PostgreSQL (drizzle-kit reads this file to generate server/db/migrations/pg).
import { index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { defineSchema } from "./tables.js";

const s = defineSchema({ table: pgTable, text, integer, index, uniqueIndex, primaryKey } as never);
export const { dictionaryExtensions, departments, users, sessions, bundles, bundleVersions, applications, drafts, flowInstances, tasks, taskCounts, closedStats, timers,
  events, webhookSubscriptions, outbox, rateLimits, licences, ratings, ratingRectifications, attachments, materialPromises,
  documentCounters, documents, notifications, smsMessages, resultHandovers, accessLog, caseCounters, catalogueItems, catalogueItemVersions, catalogueRevision,
  counterSessions, counterFilings, counterDraftCodes, applicantIdentities, oneTimeCodes } = s;
