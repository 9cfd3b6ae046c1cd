// The schema instantiated for SQLite (drizzle-kit reads this file to generate server/db/migrations/sqlite).
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { defineSchema } from "./tables.js";

const s = defineSchema({ table: sqliteTable, text, integer, index, uniqueIndex, primaryKey } as never);
export const { dictionaryExtensions, departments, users, sessions, bundles, bundleVersions, applications, drafts, flowInstances, tasks, taskCounts, closedStats, timers,
  events, webhookSubscriptions, outbox, rateLimits, licences, ratings, ratingRectifications, attachments, materialPromises,
  documentCounters, documents, notifications, smsMessages, resultHandovers, accessLog, caseCounters, catalogueItems, catalogueItemVersions, catalogueRevision,
  counterSessions, counterFilings, counterDraftCodes, applicantIdentities, oneTimeCodes } = s;
