"""Reference layers of kind ``property``: a property map (Lantmäteriet's
fastighetsindelning), the boundaries of property units with their designations, drawn
as thin grey lines under the parcels and named at large scales. A county's property
map has 10⁵ polygons and more; it was imported as kind ``other`` before, styled and
listed as "Övrigt". The outside-edit guards' code list of reference layer kinds gains
the new kind: the trigger SQL is reinstalled, frozen as text like that of 0003-0005.
Existing layers keep their kind; importing a layer again with ``--ref-kind property``
(or "Fastighetsindelning" in the import wizard) makes it a property map.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

from alembic import op

revision = "0006"
down_revision = "0005"

SQLITE_DEFAULTS: dict[str, dict[str, str]] = {
    "activities": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "actor_contacts": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "actors": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "documents": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "interests": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "land_needs": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "land_use_areas": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "parcels": {
        "area_m2": "0",
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "facts_stale": "0",
        "key_kind": "'property'",
        "public": "0",
        "status": "'available'",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "period_decisions": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "plans": {
        "basis_checked": "0",
        "boundaries_corrected": "0",
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "decision_type": "'new_plan'",
        "example_data": "0",
        "municipality_code": "''",
        "plan_type": "'detaljplan'",
        "procedure": "'standard'",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "uuid": "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
        "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % "
        "4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))",
        "version": "1",
    },
    "provisions": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "uuid": "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
        "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + "
        "abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || "
        "hex(randomblob(6))))",
        "version": "1",
    },
    "reference_features": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
    "reference_layers": {
        "created_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "example_data": "0",
        "updated_at": "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        "version": "1",
    },
}

SQLITE_DDL: list[str] = [
    'CREATE TABLE IF NOT EXISTS "gpkgext_kalixplan_outside_edits" (id INTEGER PRIMARY KEY, '
    "table_name TEXT NOT NULL, row_id INTEGER NOT NULL, action TEXT NOT NULL, at DATETIME NOT "
    "NULL)",
    "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
    "SELECT 'gpkgext_kalixplan_outside_edits', NULL, 'kalixplan_outside_edits', 'KalixPlan: rows "
    "changed by other programs, waiting for their derived facts', 'read-write' WHERE NOT EXISTS "
    "(SELECT 1 FROM gpkg_extensions WHERE table_name = 'gpkgext_kalixplan_outside_edits')",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_actors_insert" AFTER INSERT ON "actors"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule actors.kind: unknown actor kind; allowed values: "
    'company, utility, investor, authority, academia\') WHERE NEW."kind" IS NULL OR NOT '
    "NEW.\"kind\" IN ('company', 'utility', 'investor', 'authority', 'academia');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule actors.sector: unknown actor sector; allowed values: "
    "fossil_free_steel, hydrogen, batteries, wind, solar, bioenergy, grid, data_centres, "
    'circular, logistics\') WHERE NEW."sector" IS NOT NULL AND NOT NEW."sector" IN '
    "('fossil_free_steel', 'hydrogen', 'batteries', 'wind', 'solar', 'bioenergy', 'grid', "
    "'data_centres', 'circular', 'logistics');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, "
    "'insert', NULL, NULL, CAST(NEW.\"org_number\" AS TEXT));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_actors_check" BEFORE UPDATE ON "actors"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule actors.kind: unknown actor kind; allowed values: "
    'company, utility, investor, authority, academia\') WHERE NEW."kind" IS NULL OR NOT '
    "NEW.\"kind\" IN ('company', 'utility', 'investor', 'authority', 'academia');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule actors.sector: unknown actor sector; allowed values: "
    "fossil_free_steel, hydrogen, batteries, wind, solar, bioenergy, grid, data_centres, "
    'circular, logistics\') WHERE NEW."sector" IS NOT NULL AND NOT NEW."sector" IN '
    "('fossil_free_steel', 'hydrogen', 'batteries', 'wind', 'solar', 'bioenergy', 'grid', "
    "'data_centres', 'circular', 'logistics');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_actors_update" AFTER UPDATE ON "actors"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "actors" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, 'update', "
    '\'org_number\', CAST(OLD."org_number" AS TEXT), CAST(NEW."org_number" AS TEXT) WHERE '
    'OLD."org_number" IS NOT NEW."org_number"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, "
    '\'update\', \'name\', CAST(OLD."name" AS TEXT), CAST(NEW."name" AS TEXT) WHERE OLD."name" IS '
    'NOT NEW."name"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, "
    "'update', 'sector', CAST(OLD.\"sector\" AS TEXT), CAST(NEW.\"sector\" AS TEXT) WHERE "
    'OLD."sector" IS NOT NEW."sector"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, "
    '\'update\', \'kind\', CAST(OLD."kind" AS TEXT), CAST(NEW."kind" AS TEXT) WHERE OLD."kind" IS '
    'NOT NEW."kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, "
    "'update', 'website', CAST(OLD.\"website\" AS TEXT), CAST(NEW.\"website\" AS TEXT) WHERE "
    'OLD."website" IS NOT NEW."website"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, "
    "'update', 'notes', CAST(OLD.\"notes\" AS TEXT), CAST(NEW.\"notes\" AS TEXT) WHERE "
    'OLD."notes" IS NOT NEW."notes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', NEW.id, "
    "'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_actors_delete" AFTER DELETE ON "actors"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actors', OLD.id, "
    "'delete', NULL, CAST(OLD.\"org_number\" AS TEXT), NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_documents_insert" AFTER INSERT ON "documents"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule documents.kind: unknown plan document kind; allowed "
    "values: plankarta, beslutsprotokoll, planbeskrivning, planeringsunderlag, övrigt') WHERE "
    "NEW.\"kind\" IS NOT NULL AND NOT NEW.\"kind\" IN ('plankarta', 'beslutsprotokoll', "
    "'planbeskrivning', 'planeringsunderlag', 'övrigt');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule documents.basis_type: unknown planning study type "
    "(underlagstyp); allowed values: barnkonsekvensanalys, bullerutredning, dagsljus och skugga, "
    "dagvattenutredning, detaljplan, förprojektering, geoteknisk utredning, grundkarta, "
    "handelsutredning, kulturmiljöutredning, markmiljöutredning, miljökonsekvensbeskrivning, …') "
    'WHERE NEW."basis_type" IS NOT NULL AND NOT NEW."basis_type" IN (\'barnkonsekvensanalys\', '
    "'bullerutredning', 'dagsljus och skugga', 'dagvattenutredning', 'detaljplan', "
    "'förprojektering', 'geoteknisk utredning', 'grundkarta', 'handelsutredning', "
    "'kulturmiljöutredning', 'markmiljöutredning', 'miljökonsekvensbeskrivning', "
    "'naturinventering', 'planprogram', 'regionplan', 'riskutredning', 'särskilt beslut om "
    "betydande miljöpåverkan', 'trafikutredning', 'undersökning enligt 6 kap. 6 § plan- och "
    "bygglagen (2010:900)', 'översiktsplan', 'annat');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "NEW.id, 'insert', NULL, NULL, CAST(NEW.\"title\" AS TEXT));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_documents_check" BEFORE UPDATE ON "documents"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule documents.kind: unknown plan document kind; allowed "
    "values: plankarta, beslutsprotokoll, planbeskrivning, planeringsunderlag, övrigt') WHERE "
    "NEW.\"kind\" IS NOT NULL AND NOT NEW.\"kind\" IN ('plankarta', 'beslutsprotokoll', "
    "'planbeskrivning', 'planeringsunderlag', 'övrigt');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule documents.basis_type: unknown planning study type "
    "(underlagstyp); allowed values: barnkonsekvensanalys, bullerutredning, dagsljus och skugga, "
    "dagvattenutredning, detaljplan, förprojektering, geoteknisk utredning, grundkarta, "
    "handelsutredning, kulturmiljöutredning, markmiljöutredning, miljökonsekvensbeskrivning, …') "
    'WHERE NEW."basis_type" IS NOT NULL AND NOT NEW."basis_type" IN (\'barnkonsekvensanalys\', '
    "'bullerutredning', 'dagsljus och skugga', 'dagvattenutredning', 'detaljplan', "
    "'förprojektering', 'geoteknisk utredning', 'grundkarta', 'handelsutredning', "
    "'kulturmiljöutredning', 'markmiljöutredning', 'miljökonsekvensbeskrivning', "
    "'naturinventering', 'planprogram', 'regionplan', 'riskutredning', 'särskilt beslut om "
    "betydande miljöpåverkan', 'trafikutredning', 'undersökning enligt 6 kap. 6 § plan- och "
    "bygglagen (2010:900)', 'översiktsplan', 'annat');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_documents_update" AFTER UPDATE ON "documents"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "documents" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', NEW.id, "
    "'update', 'owner_table', CAST(OLD.\"owner_table\" AS TEXT), CAST(NEW.\"owner_table\" AS "
    'TEXT) WHERE OLD."owner_table" IS NOT NEW."owner_table"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "NEW.id, 'update', 'owner_id', CAST(OLD.\"owner_id\" AS TEXT), CAST(NEW.\"owner_id\" AS TEXT) "
    'WHERE OLD."owner_id" IS NOT NEW."owner_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "NEW.id, 'update', 'title', CAST(OLD.\"title\" AS TEXT), CAST(NEW.\"title\" AS TEXT) WHERE "
    'OLD."title" IS NOT NEW."title"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "NEW.id, 'update', 'location', CAST(OLD.\"location\" AS TEXT), CAST(NEW.\"location\" AS TEXT) "
    'WHERE OLD."location" IS NOT NEW."location"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "NEW.id, 'update', 'kind', CAST(OLD.\"kind\" AS TEXT), CAST(NEW.\"kind\" AS TEXT) WHERE "
    'OLD."kind" IS NOT NEW."kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "NEW.id, 'update', 'basis_type', CAST(OLD.\"basis_type\" AS TEXT), CAST(NEW.\"basis_type\" AS "
    'TEXT) WHERE OLD."basis_type" IS NOT NEW."basis_type"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_documents_delete" AFTER DELETE ON "documents"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'documents', "
    "OLD.id, 'delete', NULL, CAST(OLD.\"title\" AS TEXT), NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_plans_insert" AFTER INSERT ON "plans"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.status: unknown plan status; allowed values: "
    "started, consultation, review, adopted, appealed, supervision, in_force, revoked, closed') "
    "WHERE NEW.\"status\" IS NULL OR NOT NEW.\"status\" IN ('started', 'consultation', "
    "'review', 'adopted', 'appealed', 'supervision', 'in_force', 'revoked', 'closed');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.procedure: unknown plan procedure; allowed "
    'values: standard, extended, limited, coordinated\') WHERE NEW."procedure" IS NULL OR NOT '
    "NEW.\"procedure\" IN ('standard', 'extended', 'limited', 'coordinated');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.plan_type: unknown plan type; allowed values: "
    'detaljplan, stadsplan, byggnadsplan, avstyckningsplan\') WHERE NEW."plan_type" IS NULL OR '
    "NOT NEW.\"plan_type\" IN ('detaljplan', 'stadsplan', 'byggnadsplan', "
    "'avstyckningsplan');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.decision_type: unknown decision type; allowed "
    'values: new_plan, change, repeal, closure\') WHERE NEW."decision_type" IS NULL OR NOT '
    "NEW.\"decision_type\" IN ('new_plan', 'change', 'repeal', 'closure');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.digitisation: unknown digitisation level; "
    'allowed values: komplett, ej komplett\') WHERE NEW."digitisation" IS NOT NULL AND NOT '
    "NEW.\"digitisation\" IN ('komplett', 'ej komplett');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.usability: unknown usability; allowed values: "
    'god, medel, låg\') WHERE NEW."usability" IS NOT NULL AND NOT NEW."usability" IN (\'god\', '
    "'medel', 'låg');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'insert', NULL, NULL, CAST(NEW.\"designation\" AS TEXT));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_plans_check" BEFORE UPDATE ON "plans"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.status: unknown plan status; allowed values: "
    "started, consultation, review, adopted, appealed, supervision, in_force, revoked, closed') "
    "WHERE NEW.\"status\" IS NULL OR NOT NEW.\"status\" IN ('started', 'consultation', "
    "'review', 'adopted', 'appealed', 'supervision', 'in_force', 'revoked', 'closed');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.procedure: unknown plan procedure; allowed "
    'values: standard, extended, limited, coordinated\') WHERE NEW."procedure" IS NULL OR NOT '
    "NEW.\"procedure\" IN ('standard', 'extended', 'limited', 'coordinated');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.plan_type: unknown plan type; allowed values: "
    'detaljplan, stadsplan, byggnadsplan, avstyckningsplan\') WHERE NEW."plan_type" IS NULL OR '
    "NOT NEW.\"plan_type\" IN ('detaljplan', 'stadsplan', 'byggnadsplan', "
    "'avstyckningsplan');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.decision_type: unknown decision type; allowed "
    'values: new_plan, change, repeal, closure\') WHERE NEW."decision_type" IS NULL OR NOT '
    "NEW.\"decision_type\" IN ('new_plan', 'change', 'repeal', 'closure');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.digitisation: unknown digitisation level; "
    'allowed values: komplett, ej komplett\') WHERE NEW."digitisation" IS NOT NULL AND NOT '
    "NEW.\"digitisation\" IN ('komplett', 'ej komplett');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.usability: unknown usability; allowed values: "
    'god, medel, låg\') WHERE NEW."usability" IS NOT NULL AND NOT NEW."usability" IN (\'god\', '
    "'medel', 'låg');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule plans.status transition: forbidden plan status change "
    '(plans move forward through the PBL process, in force only to revoked)\') WHERE NEW."status" '
    "IS NOT OLD.\"status\" AND OLD.\"status\" IN ('started', 'consultation', 'review', "
    "'adopted', 'appealed', 'supervision', 'in_force', 'revoked', 'closed') AND "
    "OLD.\"status\" || '>' || NEW.\"status\" NOT IN ('adopted>appealed', 'adopted>closed', "
    "'adopted>in_force', 'adopted>supervision', 'appealed>closed', 'appealed>in_force', "
    "'appealed>review', 'appealed>supervision', 'consultation>closed', 'consultation>review', "
    "'in_force>revoked', 'review>adopted', 'review>closed', 'review>consultation', "
    "'started>closed', 'started>consultation', 'supervision>appealed', 'supervision>closed', "
    "'supervision>in_force', 'supervision>review');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_plans_update" AFTER UPDATE ON "plans"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "plans" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, 'update', "
    '\'uuid\', CAST(OLD."uuid" AS TEXT), CAST(NEW."uuid" AS TEXT) WHERE OLD."uuid" IS NOT '
    'NEW."uuid"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'municipality_code', CAST(OLD.\"municipality_code\" AS TEXT), "
    'CAST(NEW."municipality_code" AS TEXT) WHERE OLD."municipality_code" IS NOT '
    'NEW."municipality_code"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'designation', CAST(OLD.\"designation\" AS TEXT), CAST(NEW.\"designation\" AS "
    'TEXT) WHERE OLD."designation" IS NOT NEW."designation"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    '\'update\', \'name\', CAST(OLD."name" AS TEXT), CAST(NEW."name" AS TEXT) WHERE OLD."name" IS '
    'NOT NEW."name"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'purpose', CAST(OLD.\"purpose\" AS TEXT), CAST(NEW.\"purpose\" AS TEXT) WHERE "
    'OLD."purpose" IS NOT NEW."purpose"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'status', CAST(OLD.\"status\" AS TEXT), CAST(NEW.\"status\" AS TEXT) WHERE "
    'OLD."status" IS NOT NEW."status"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'plan_type', CAST(OLD.\"plan_type\" AS TEXT), CAST(NEW.\"plan_type\" AS TEXT) "
    'WHERE OLD."plan_type" IS NOT NEW."plan_type"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'procedure', CAST(OLD.\"procedure\" AS TEXT), CAST(NEW.\"procedure\" AS TEXT) "
    'WHERE OLD."procedure" IS NOT NEW."procedure"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'diarienummer', CAST(OLD.\"diarienummer\" AS TEXT), CAST(NEW.\"diarienummer\" AS "
    'TEXT) WHERE OLD."diarienummer" IS NOT NEW."diarienummer"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'decision_body', CAST(OLD.\"decision_body\" AS TEXT), CAST(NEW.\"decision_body\" "
    'AS TEXT) WHERE OLD."decision_body" IS NOT NEW."decision_body"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'started_date', CAST(OLD.\"started_date\" AS TEXT), CAST(NEW.\"started_date\" AS "
    'TEXT) WHERE OLD."started_date" IS NOT NEW."started_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'consultation_date', CAST(OLD.\"consultation_date\" AS TEXT), "
    'CAST(NEW."consultation_date" AS TEXT) WHERE OLD."consultation_date" IS NOT '
    'NEW."consultation_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'review_date', CAST(OLD.\"review_date\" AS TEXT), CAST(NEW.\"review_date\" AS "
    'TEXT) WHERE OLD."review_date" IS NOT NEW."review_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'adopted_date', CAST(OLD.\"adopted_date\" AS TEXT), CAST(NEW.\"adopted_date\" AS "
    'TEXT) WHERE OLD."adopted_date" IS NOT NEW."adopted_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'in_force_date', CAST(OLD.\"in_force_date\" AS TEXT), CAST(NEW.\"in_force_date\" "
    'AS TEXT) WHERE OLD."in_force_date" IS NOT NEW."in_force_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'implementation_years', CAST(OLD.\"implementation_years\" AS TEXT), "
    'CAST(NEW."implementation_years" AS TEXT) WHERE OLD."implementation_years" IS NOT '
    'NEW."implementation_years"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'implementation_start', CAST(OLD.\"implementation_start\" AS TEXT), "
    'CAST(NEW."implementation_start" AS TEXT) WHERE OLD."implementation_start" IS NOT '
    'NEW."implementation_start"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'implementation_ends', CAST(OLD.\"implementation_ends\" AS TEXT), "
    'CAST(NEW."implementation_ends" AS TEXT) WHERE OLD."implementation_ends" IS NOT '
    'NEW."implementation_ends"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'archive_id', CAST(OLD.\"archive_id\" AS TEXT), CAST(NEW.\"archive_id\" AS TEXT) "
    'WHERE OLD."archive_id" IS NOT NEW."archive_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'previous_designation', CAST(OLD.\"previous_designation\" AS TEXT), "
    'CAST(NEW."previous_designation" AS TEXT) WHERE OLD."previous_designation" IS NOT '
    'NEW."previous_designation"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'notes', CAST(OLD.\"notes\" AS TEXT), CAST(NEW.\"notes\" AS TEXT) WHERE "
    'OLD."notes" IS NOT NEW."notes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'decision_type', CAST(OLD.\"decision_type\" AS TEXT), CAST(NEW.\"decision_type\" "
    'AS TEXT) WHERE OLD."decision_type" IS NOT NEW."decision_type"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'digitisation', CAST(OLD.\"digitisation\" AS TEXT), CAST(NEW.\"digitisation\" AS "
    'TEXT) WHERE OLD."digitisation" IS NOT NEW."digitisation"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'boundaries_corrected', CASE WHEN OLD.\"boundaries_corrected\" IS NULL THEN NULL "
    "WHEN OLD.\"boundaries_corrected\" THEN 'true' ELSE 'false' END, CASE WHEN "
    'NEW."boundaries_corrected" IS NULL THEN NULL WHEN NEW."boundaries_corrected" THEN \'true\' '
    'ELSE \'false\' END WHERE OLD."boundaries_corrected" IS NOT NEW."boundaries_corrected"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'basis_checked', CASE WHEN OLD.\"basis_checked\" IS NULL THEN NULL WHEN "
    "OLD.\"basis_checked\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"basis_checked\" IS NULL "
    "THEN NULL WHEN NEW.\"basis_checked\" THEN 'true' ELSE 'false' END WHERE "
    'OLD."basis_checked" IS NOT NEW."basis_checked"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'usability', CAST(OLD.\"usability\" AS TEXT), CAST(NEW.\"usability\" AS TEXT) "
    'WHERE OLD."usability" IS NOT NEW."usability"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'quality_note', CAST(OLD.\"quality_note\" AS TEXT), CAST(NEW.\"quality_note\" AS "
    'TEXT) WHERE OLD."quality_note" IS NOT NEW."quality_note"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', NEW.id, "
    "'update', 'geom', NULL, NULL WHERE OLD.geom IS NOT NEW.geom;\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_plans_delete" AFTER DELETE ON "plans"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'plans', OLD.id, "
    "'delete', NULL, CAST(OLD.\"designation\" AS TEXT), NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_reference_layers_insert" AFTER INSERT ON '
    '"reference_layers"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule reference_layers.kind: unknown reference layer kind; "
    "allowed values: road, railway, port, substation, boundary, flood_zone, protected_nature, "
    'contaminated_land, property, other\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" IN '
    "('road', 'railway', 'port', 'substation', 'boundary', 'flood_zone', 'protected_nature', "
    "'contaminated_land', 'property', 'other');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_layers', NEW.id, 'insert', NULL, NULL, CAST(NEW.\"name\" AS TEXT));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_reference_layers_check" BEFORE UPDATE ON '
    '"reference_layers"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule reference_layers.kind: unknown reference layer kind; "
    "allowed values: road, railway, port, substation, boundary, flood_zone, protected_nature, "
    'contaminated_land, property, other\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" IN '
    "('road', 'railway', 'port', 'substation', 'boundary', 'flood_zone', 'protected_nature', "
    "'contaminated_land', 'property', 'other');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_reference_layers_update" AFTER UPDATE ON '
    '"reference_layers"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "reference_layers" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'reference_layers', NEW.id, "
    '\'update\', \'name\', CAST(OLD."name" AS TEXT), CAST(NEW."name" AS TEXT) WHERE OLD."name" IS '
    'NOT NEW."name"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_layers', NEW.id, 'update', 'kind', CAST(OLD.\"kind\" AS TEXT), "
    'CAST(NEW."kind" AS TEXT) WHERE OLD."kind" IS NOT NEW."kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_layers', NEW.id, 'update', 'source', CAST(OLD.\"source\" AS TEXT), "
    'CAST(NEW."source" AS TEXT) WHERE OLD."source" IS NOT NEW."source"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_layers', NEW.id, 'update', 'licence', CAST(OLD.\"licence\" AS TEXT), "
    'CAST(NEW."licence" AS TEXT) WHERE OLD."licence" IS NOT NEW."licence"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_layers', NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS "
    "NULL THEN NULL WHEN OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN "
    "NEW.\"example_data\" IS NULL THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' "
    'END WHERE OLD."example_data" IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_reference_layers_delete" AFTER DELETE ON '
    '"reference_layers"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_layers', OLD.id, 'delete', NULL, CAST(OLD.\"name\" AS TEXT), NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_activities_insert" AFTER INSERT ON "activities"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule activities.kind: unknown activity kind; allowed "
    'values: meeting, call, mail, site_visit, other\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" '
    "IN ('meeting', 'call', 'mail', 'site_visit', 'other');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'insert', NULL, NULL, NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_activities_check" BEFORE UPDATE ON "activities"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule activities.kind: unknown activity kind; allowed "
    'values: meeting, call, mail, site_visit, other\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" '
    "IN ('meeting', 'call', 'mail', 'site_visit', 'other');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_activities_update" AFTER UPDATE ON "activities"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "activities" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', NEW.id, "
    "'update', 'actor_id', CAST(OLD.\"actor_id\" AS TEXT), CAST(NEW.\"actor_id\" AS TEXT) WHERE "
    'OLD."actor_id" IS NOT NEW."actor_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'update', 'kind', CAST(OLD.\"kind\" AS TEXT), CAST(NEW.\"kind\" AS TEXT) WHERE "
    'OLD."kind" IS NOT NEW."kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'update', 'on_date', CAST(OLD.\"on_date\" AS TEXT), CAST(NEW.\"on_date\" AS TEXT) "
    'WHERE OLD."on_date" IS NOT NEW."on_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'update', 'notes', CAST(OLD.\"notes\" AS TEXT), CAST(NEW.\"notes\" AS TEXT) WHERE "
    'OLD."notes" IS NOT NEW."notes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'update', 'next_step', CAST(OLD.\"next_step\" AS TEXT), CAST(NEW.\"next_step\" AS "
    'TEXT) WHERE OLD."next_step" IS NOT NEW."next_step"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'update', 'next_step_due', CAST(OLD.\"next_step_due\" AS TEXT), "
    'CAST(NEW."next_step_due" AS TEXT) WHERE OLD."next_step_due" IS NOT NEW."next_step_due"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'update', 'done', CASE WHEN OLD.\"done\" IS NULL THEN NULL WHEN OLD.\"done\" THEN "
    "'true' ELSE 'false' END, CASE WHEN NEW.\"done\" IS NULL THEN NULL WHEN NEW.\"done\" THEN "
    "'true' ELSE 'false' END WHERE OLD.\"done\" IS NOT NEW.\"done\"\n"
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_activities_delete" AFTER DELETE ON "activities"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'activities', "
    "OLD.id, 'delete', NULL, NULL, NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_actor_contacts_insert" AFTER INSERT ON '
    '"actor_contacts"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', "
    "NEW.id, 'insert', NULL, NULL, CAST(NEW.\"name\" AS TEXT));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_actor_contacts_update" AFTER UPDATE ON '
    '"actor_contacts"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "actor_contacts" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', NEW.id, "
    "'update', 'actor_id', CAST(OLD.\"actor_id\" AS TEXT), CAST(NEW.\"actor_id\" AS TEXT) WHERE "
    'OLD."actor_id" IS NOT NEW."actor_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', "
    "NEW.id, 'update', 'name', CAST(OLD.\"name\" AS TEXT), CAST(NEW.\"name\" AS TEXT) WHERE "
    'OLD."name" IS NOT NEW."name"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', "
    "NEW.id, 'update', 'role', CAST(OLD.\"role\" AS TEXT), CAST(NEW.\"role\" AS TEXT) WHERE "
    'OLD."role" IS NOT NEW."role"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', "
    "NEW.id, 'update', 'email', CAST(OLD.\"email\" AS TEXT), CAST(NEW.\"email\" AS TEXT) WHERE "
    'OLD."email" IS NOT NEW."email"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', "
    "NEW.id, 'update', 'phone', CAST(OLD.\"phone\" AS TEXT), CAST(NEW.\"phone\" AS TEXT) WHERE "
    'OLD."phone" IS NOT NEW."phone"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', "
    "NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_actor_contacts_delete" AFTER DELETE ON '
    '"actor_contacts"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'actor_contacts', "
    "OLD.id, 'delete', NULL, CAST(OLD.\"name\" AS TEXT), NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_land_needs_insert" AFTER INSERT ON "land_needs"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'insert', NULL, NULL, NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_land_needs_update" AFTER UPDATE ON "land_needs"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "land_needs" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', NEW.id, "
    "'update', 'actor_id', CAST(OLD.\"actor_id\" AS TEXT), CAST(NEW.\"actor_id\" AS TEXT) WHERE "
    'OLD."actor_id" IS NOT NEW."actor_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'area_ha', CAST(OLD.\"area_ha\" AS TEXT), CAST(NEW.\"area_ha\" AS TEXT) "
    'WHERE OLD."area_ha" IS NOT NEW."area_ha"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'power_mw', CAST(OLD.\"power_mw\" AS TEXT), CAST(NEW.\"power_mw\" AS TEXT) "
    'WHERE OLD."power_mw" IS NOT NEW."power_mw"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'water_m3_day', CAST(OLD.\"water_m3_day\" AS TEXT), "
    'CAST(NEW."water_m3_day" AS TEXT) WHERE OLD."water_m3_day" IS NOT NEW."water_m3_day"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'needs_rail', CASE WHEN OLD.\"needs_rail\" IS NULL THEN NULL WHEN "
    "OLD.\"needs_rail\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"needs_rail\" IS NULL THEN "
    "NULL WHEN NEW.\"needs_rail\" THEN 'true' ELSE 'false' END WHERE OLD.\"needs_rail\" IS NOT "
    'NEW."needs_rail"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'needs_port', CASE WHEN OLD.\"needs_port\" IS NULL THEN NULL WHEN "
    "OLD.\"needs_port\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"needs_port\" IS NULL THEN "
    "NULL WHEN NEW.\"needs_port\" THEN 'true' ELSE 'false' END WHERE OLD.\"needs_port\" IS NOT "
    'NEW."needs_port"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'max_dist_rail_m', CAST(OLD.\"max_dist_rail_m\" AS TEXT), "
    'CAST(NEW."max_dist_rail_m" AS TEXT) WHERE OLD."max_dist_rail_m" IS NOT '
    'NEW."max_dist_rail_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'max_dist_port_m', CAST(OLD.\"max_dist_port_m\" AS TEXT), "
    'CAST(NEW."max_dist_port_m" AS TEXT) WHERE OLD."max_dist_port_m" IS NOT '
    'NEW."max_dist_port_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'timeframe', CAST(OLD.\"timeframe\" AS TEXT), CAST(NEW.\"timeframe\" AS "
    'TEXT) WHERE OLD."timeframe" IS NOT NEW."timeframe"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'notes', CAST(OLD.\"notes\" AS TEXT), CAST(NEW.\"notes\" AS TEXT) WHERE "
    'OLD."notes" IS NOT NEW."notes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_land_needs_delete" AFTER DELETE ON "land_needs"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_needs', "
    "OLD.id, 'delete', NULL, NULL, NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_land_use_areas_insert" AFTER INSERT ON '
    '"land_use_areas"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule land_use_areas.code: unknown land-use code (Boverket); "
    "allowed values: ANNAN ALLMÄN PLATS, B, C, CYKEL, D, E, F, G, GATA, GCVÄG, GÅNG, H, …') WHERE "
    "NEW.\"code\" IS NULL OR NOT (NEW.\"code\" IN ('ANNAN ALLMÄN PLATS', 'B', 'C', 'CYKEL', "
    "'D', 'E', 'F', 'G', 'GATA', 'GCVÄG', 'GÅNG', 'H', 'J', 'K', 'L', 'M', 'N', 'NATUR', 'O', "
    "'P', 'PARK', 'R', 'S', 'SKYDD', 'T', 'TORG', 'U', 'V', 'VÄG', 'W', 'Z') OR "
    '(NEW."code" GLOB \'[BCDEFGHJKLMNOPRSTUVWZ]*\' AND NEW."code" NOT GLOB '
    "'*[^BCDEFGHJKLMNOPRSTUVWZ0-9a-zåäö]*' AND NEW.\"code\" NOT GLOB '*[a-zåäö][0-9]*'));\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'insert', NULL, NULL, CAST(NEW.\"code\" AS TEXT));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_land_use_areas_check" BEFORE UPDATE ON '
    '"land_use_areas"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule land_use_areas.code: unknown land-use code (Boverket); "
    "allowed values: ANNAN ALLMÄN PLATS, B, C, CYKEL, D, E, F, G, GATA, GCVÄG, GÅNG, H, …') WHERE "
    "NEW.\"code\" IS NULL OR NOT (NEW.\"code\" IN ('ANNAN ALLMÄN PLATS', 'B', 'C', 'CYKEL', "
    "'D', 'E', 'F', 'G', 'GATA', 'GCVÄG', 'GÅNG', 'H', 'J', 'K', 'L', 'M', 'N', 'NATUR', 'O', "
    "'P', 'PARK', 'R', 'S', 'SKYDD', 'T', 'TORG', 'U', 'V', 'VÄG', 'W', 'Z') OR "
    '(NEW."code" GLOB \'[BCDEFGHJKLMNOPRSTUVWZ]*\' AND NEW."code" NOT GLOB '
    "'*[^BCDEFGHJKLMNOPRSTUVWZ0-9a-zåäö]*' AND NEW.\"code\" NOT GLOB '*[a-zåäö][0-9]*'));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_land_use_areas_update" AFTER UPDATE ON '
    '"land_use_areas"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "land_use_areas" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', NEW.id, "
    "'update', 'plan_id', CAST(OLD.\"plan_id\" AS TEXT), CAST(NEW.\"plan_id\" AS TEXT) WHERE "
    'OLD."plan_id" IS NOT NEW."plan_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'update', 'code', CAST(OLD.\"code\" AS TEXT), CAST(NEW.\"code\" AS TEXT) WHERE "
    'OLD."code" IS NOT NEW."code"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'update', 'max_height_m', CAST(OLD.\"max_height_m\" AS TEXT), "
    'CAST(NEW."max_height_m" AS TEXT) WHERE OLD."max_height_m" IS NOT NEW."max_height_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'update', 'max_storeys', CAST(OLD.\"max_storeys\" AS TEXT), CAST(NEW.\"max_storeys\" "
    'AS TEXT) WHERE OLD."max_storeys" IS NOT NEW."max_storeys"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'update', 'utilisation', CAST(OLD.\"utilisation\" AS TEXT), CAST(NEW.\"utilisation\" "
    'AS TEXT) WHERE OLD."utilisation" IS NOT NEW."utilisation"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'update', 'provisions', CAST(OLD.\"provisions\" AS TEXT), CAST(NEW.\"provisions\" AS "
    'TEXT) WHERE OLD."provisions" IS NOT NEW."provisions"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "NEW.id, 'update', 'geom', NULL, NULL WHERE OLD.geom IS NOT NEW.geom;\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_land_use_areas_delete" AFTER DELETE ON '
    '"land_use_areas"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'land_use_areas', "
    "OLD.id, 'delete', NULL, CAST(OLD.\"code\" AS TEXT), NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_parcels_insert" AFTER INSERT ON "parcels"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.status: unknown parcel status; allowed values: "
    'available, reserved, option, sold, planning, unavailable\') WHERE NEW."status" IS NULL OR '
    "NOT NEW.\"status\" IN ('available', 'reserved', 'option', 'sold', 'planning', "
    "'unavailable');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.owner_kind: unknown owner kind; allowed "
    'values: municipality, municipal_company, private, state\') WHERE NEW."owner_kind" IS NOT '
    "NULL AND NOT NEW.\"owner_kind\" IN ('municipality', 'municipal_company', 'private', "
    "'state');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.key_kind: unknown parcel key kind; allowed "
    'values: property, area\') WHERE NEW."key_kind" IS NULL OR NOT NEW."key_kind" IN '
    "('property', 'area');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.land_use: unknown land-use code (Boverket); "
    "allowed values: ANNAN ALLMÄN PLATS, B, C, CYKEL, D, E, F, G, GATA, GCVÄG, GÅNG, H, …') WHERE "
    "NEW.\"land_use\" IS NOT NULL AND NOT (NEW.\"land_use\" IN ('ANNAN ALLMÄN PLATS', 'B', 'C', "
    "'CYKEL', 'D', 'E', 'F', 'G', 'GATA', 'GCVÄG', 'GÅNG', 'H', 'J', 'K', 'L', 'M', 'N', 'NATUR', "
    "'O', 'P', 'PARK', 'R', 'S', 'SKYDD', 'T', 'TORG', 'U', 'V', 'VÄG', 'W', 'Z') OR "
    '(NEW."land_use" GLOB \'[BCDEFGHJKLMNOPRSTUVWZ]*\' AND NEW."land_use" NOT GLOB '
    "'*[^BCDEFGHJKLMNOPRSTUVWZ0-9a-zåäö]*' AND NEW.\"land_use\" NOT GLOB '*[a-zåäö][0-9]*'));\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'insert', NULL, NULL, CAST(NEW.\"designation\" AS TEXT));\n"
    '  INSERT INTO "gpkgext_kalixplan_outside_edits" (table_name, row_id, action, at) VALUES '
    "('parcels', NEW.id, 'insert', strftime('%Y-%m-%dT%H:%M:%fZ','now'));\n"
    '  UPDATE "parcels" SET facts_stale = 1 WHERE id = NEW.id AND facts_stale IS NOT 1;\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_parcels_check" BEFORE UPDATE ON "parcels"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.status: unknown parcel status; allowed values: "
    'available, reserved, option, sold, planning, unavailable\') WHERE NEW."status" IS NULL OR '
    "NOT NEW.\"status\" IN ('available', 'reserved', 'option', 'sold', 'planning', "
    "'unavailable');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.owner_kind: unknown owner kind; allowed "
    'values: municipality, municipal_company, private, state\') WHERE NEW."owner_kind" IS NOT '
    "NULL AND NOT NEW.\"owner_kind\" IN ('municipality', 'municipal_company', 'private', "
    "'state');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.key_kind: unknown parcel key kind; allowed "
    'values: property, area\') WHERE NEW."key_kind" IS NULL OR NOT NEW."key_kind" IN '
    "('property', 'area');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.land_use: unknown land-use code (Boverket); "
    "allowed values: ANNAN ALLMÄN PLATS, B, C, CYKEL, D, E, F, G, GATA, GCVÄG, GÅNG, H, …') WHERE "
    "NEW.\"land_use\" IS NOT NULL AND NOT (NEW.\"land_use\" IN ('ANNAN ALLMÄN PLATS', 'B', 'C', "
    "'CYKEL', 'D', 'E', 'F', 'G', 'GATA', 'GCVÄG', 'GÅNG', 'H', 'J', 'K', 'L', 'M', 'N', 'NATUR', "
    "'O', 'P', 'PARK', 'R', 'S', 'SKYDD', 'T', 'TORG', 'U', 'V', 'VÄG', 'W', 'Z') OR "
    '(NEW."land_use" GLOB \'[BCDEFGHJKLMNOPRSTUVWZ]*\' AND NEW."land_use" NOT GLOB '
    "'*[^BCDEFGHJKLMNOPRSTUVWZ0-9a-zåäö]*' AND NEW.\"land_use\" NOT GLOB '*[a-zåäö][0-9]*'));\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule parcels.status transition: forbidden parcel status "
    'change (sold land goes only to unavailable)\') WHERE NEW."status" IS NOT OLD."status" AND '
    "OLD.\"status\" IN ('available', 'reserved', 'option', 'sold', 'planning', "
    "'unavailable') AND OLD.\"status\" || '>' || NEW.\"status\" NOT IN ('available>option', "
    "'available>planning', 'available>reserved', 'available>sold', 'available>unavailable', "
    "'option>available', 'option>reserved', 'option>sold', 'option>unavailable', "
    "'planning>available', 'planning>reserved', 'planning>unavailable', 'reserved>available', "
    "'reserved>option', 'reserved>sold', 'reserved>unavailable', 'sold>unavailable', "
    "'unavailable>available', 'unavailable>planning');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_parcels_update" AFTER UPDATE ON "parcels"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1 AND "
    "NEW.facts_stale IS OLD.facts_stale\n"
    "BEGIN\n"
    '  UPDATE "parcels" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now'), facts_stale = CASE WHEN OLD.geom IS NOT NEW.geom THEN "
    "1 ELSE facts_stale END WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, 'update', "
    '\'designation\', CAST(OLD."designation" AS TEXT), CAST(NEW."designation" AS TEXT) WHERE '
    'OLD."designation" IS NOT NEW."designation"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'area_name', CAST(OLD.\"area_name\" AS TEXT), CAST(NEW.\"area_name\" AS TEXT) "
    'WHERE OLD."area_name" IS NOT NEW."area_name"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'owner', CAST(OLD.\"owner\" AS TEXT), CAST(NEW.\"owner\" AS TEXT) WHERE "
    'OLD."owner" IS NOT NEW."owner"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'owner_kind', CAST(OLD.\"owner_kind\" AS TEXT), CAST(NEW.\"owner_kind\" AS TEXT) "
    'WHERE OLD."owner_kind" IS NOT NEW."owner_kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'status', CAST(OLD.\"status\" AS TEXT), CAST(NEW.\"status\" AS TEXT) WHERE "
    'OLD."status" IS NOT NEW."status"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'reserved_until', CAST(OLD.\"reserved_until\" AS TEXT), "
    'CAST(NEW."reserved_until" AS TEXT) WHERE OLD."reserved_until" IS NOT NEW."reserved_until"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'reserved_for_id', CAST(OLD.\"reserved_for_id\" AS TEXT), "
    'CAST(NEW."reserved_for_id" AS TEXT) WHERE OLD."reserved_for_id" IS NOT '
    'NEW."reserved_for_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'price_sek_m2', CAST(OLD.\"price_sek_m2\" AS TEXT), CAST(NEW.\"price_sek_m2\" AS "
    'TEXT) WHERE OLD."price_sek_m2" IS NOT NEW."price_sek_m2"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'price_includes', CAST(OLD.\"price_includes\" AS TEXT), "
    'CAST(NEW."price_includes" AS TEXT) WHERE OLD."price_includes" IS NOT NEW."price_includes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'land_use', CAST(OLD.\"land_use\" AS TEXT), CAST(NEW.\"land_use\" AS TEXT) WHERE "
    'OLD."land_use" IS NOT NEW."land_use"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'plan_id', CAST(OLD.\"plan_id\" AS TEXT), CAST(NEW.\"plan_id\" AS TEXT) WHERE "
    'OLD."plan_id" IS NOT NEW."plan_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'max_height_m', CAST(OLD.\"max_height_m\" AS TEXT), CAST(NEW.\"max_height_m\" AS "
    'TEXT) WHERE OLD."max_height_m" IS NOT NEW."max_height_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'utilisation', CAST(OLD.\"utilisation\" AS TEXT), CAST(NEW.\"utilisation\" AS "
    'TEXT) WHERE OLD."utilisation" IS NOT NEW."utilisation"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'power_mw', CAST(OLD.\"power_mw\" AS TEXT), CAST(NEW.\"power_mw\" AS TEXT) WHERE "
    'OLD."power_mw" IS NOT NEW."power_mw"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'dist_substation_m', CAST(OLD.\"dist_substation_m\" AS TEXT), "
    'CAST(NEW."dist_substation_m" AS TEXT) WHERE OLD."dist_substation_m" IS NOT '
    'NEW."dist_substation_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'water_sewer', CASE WHEN OLD.\"water_sewer\" IS NULL THEN NULL WHEN "
    "OLD.\"water_sewer\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"water_sewer\" IS NULL THEN "
    "NULL WHEN NEW.\"water_sewer\" THEN 'true' ELSE 'false' END WHERE OLD.\"water_sewer\" IS NOT "
    'NEW."water_sewer"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'water_capacity_m3_day', CAST(OLD.\"water_capacity_m3_day\" AS TEXT), "
    'CAST(NEW."water_capacity_m3_day" AS TEXT) WHERE OLD."water_capacity_m3_day" IS NOT '
    'NEW."water_capacity_m3_day"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'district_heating', CASE WHEN OLD.\"district_heating\" IS NULL THEN NULL WHEN "
    "OLD.\"district_heating\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"district_heating\" IS "
    "NULL THEN NULL WHEN NEW.\"district_heating\" THEN 'true' ELSE 'false' END WHERE "
    'OLD."district_heating" IS NOT NEW."district_heating"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'fibre', CASE WHEN OLD.\"fibre\" IS NULL THEN NULL WHEN OLD.\"fibre\" THEN "
    "'true' ELSE 'false' END, CASE WHEN NEW.\"fibre\" IS NULL THEN NULL WHEN NEW.\"fibre\" THEN "
    "'true' ELSE 'false' END WHERE OLD.\"fibre\" IS NOT NEW.\"fibre\"\n"
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'gas_hydrogen', CASE WHEN OLD.\"gas_hydrogen\" IS NULL THEN NULL WHEN "
    "OLD.\"gas_hydrogen\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"gas_hydrogen\" IS NULL "
    "THEN NULL WHEN NEW.\"gas_hydrogen\" THEN 'true' ELSE 'false' END WHERE OLD.\"gas_hydrogen\" "
    'IS NOT NEW."gas_hydrogen"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'dist_rail_m', CAST(OLD.\"dist_rail_m\" AS TEXT), CAST(NEW.\"dist_rail_m\" AS "
    'TEXT) WHERE OLD."dist_rail_m" IS NOT NEW."dist_rail_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'dist_port_m', CAST(OLD.\"dist_port_m\" AS TEXT), CAST(NEW.\"dist_port_m\" AS "
    'TEXT) WHERE OLD."dist_port_m" IS NOT NEW."dist_port_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'dist_road_m', CAST(OLD.\"dist_road_m\" AS TEXT), CAST(NEW.\"dist_road_m\" AS "
    'TEXT) WHERE OLD."dist_road_m" IS NOT NEW."dist_road_m"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'dist_airport_km', CAST(OLD.\"dist_airport_km\" AS TEXT), "
    'CAST(NEW."dist_airport_km" AS TEXT) WHERE OLD."dist_airport_km" IS NOT '
    'NEW."dist_airport_km"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'flood_risk', CAST(OLD.\"flood_risk\" AS TEXT), CAST(NEW.\"flood_risk\" AS TEXT) "
    'WHERE OLD."flood_risk" IS NOT NEW."flood_risk"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'contaminated_mifo', CAST(OLD.\"contaminated_mifo\" AS TEXT), "
    'CAST(NEW."contaminated_mifo" AS TEXT) WHERE OLD."contaminated_mifo" IS NOT '
    'NEW."contaminated_mifo"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'protected_nature', CASE WHEN OLD.\"protected_nature\" IS NULL THEN NULL WHEN "
    "OLD.\"protected_nature\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"protected_nature\" IS "
    "NULL THEN NULL WHEN NEW.\"protected_nature\" THEN 'true' ELSE 'false' END WHERE "
    'OLD."protected_nature" IS NOT NEW."protected_nature"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'shoreline_protection', CASE WHEN OLD.\"shoreline_protection\" IS NULL THEN NULL "
    "WHEN OLD.\"shoreline_protection\" THEN 'true' ELSE 'false' END, CASE WHEN "
    'NEW."shoreline_protection" IS NULL THEN NULL WHEN NEW."shoreline_protection" THEN \'true\' '
    'ELSE \'false\' END WHERE OLD."shoreline_protection" IS NOT NEW."shoreline_protection"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'national_interest', CASE WHEN OLD.\"national_interest\" IS NULL THEN NULL WHEN "
    "OLD.\"national_interest\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"national_interest\" "
    "IS NULL THEN NULL WHEN NEW.\"national_interest\" THEN 'true' ELSE 'false' END WHERE "
    'OLD."national_interest" IS NOT NEW."national_interest"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'geotechnics', CAST(OLD.\"geotechnics\" AS TEXT), CAST(NEW.\"geotechnics\" AS "
    'TEXT) WHERE OLD."geotechnics" IS NOT NEW."geotechnics"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'ground_state', CAST(OLD.\"ground_state\" AS TEXT), CAST(NEW.\"ground_state\" AS "
    'TEXT) WHERE OLD."ground_state" IS NOT NEW."ground_state"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'contact_person', CAST(OLD.\"contact_person\" AS TEXT), "
    'CAST(NEW."contact_person" AS TEXT) WHERE OLD."contact_person" IS NOT NEW."contact_person"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'contact_email', CAST(OLD.\"contact_email\" AS TEXT), CAST(NEW.\"contact_email\" "
    'AS TEXT) WHERE OLD."contact_email" IS NOT NEW."contact_email"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'notes', CAST(OLD.\"notes\" AS TEXT), CAST(NEW.\"notes\" AS TEXT) WHERE "
    'OLD."notes" IS NOT NEW."notes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'area_m2', CAST(OLD.\"area_m2\" AS TEXT), CAST(NEW.\"area_m2\" AS TEXT) WHERE "
    'OLD."area_m2" IS NOT NEW."area_m2"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'key_kind', CAST(OLD.\"key_kind\" AS TEXT), CAST(NEW.\"key_kind\" AS TEXT) WHERE "
    'OLD."key_kind" IS NOT NEW."key_kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'address', CAST(OLD.\"address\" AS TEXT), CAST(NEW.\"address\" AS TEXT) WHERE "
    'OLD."address" IS NOT NEW."address"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'public', CASE WHEN OLD.\"public\" IS NULL THEN NULL WHEN OLD.\"public\" THEN "
    "'true' ELSE 'false' END, CASE WHEN NEW.\"public\" IS NULL THEN NULL WHEN NEW.\"public\" THEN "
    "'true' ELSE 'false' END WHERE OLD.\"public\" IS NOT NEW.\"public\"\n"
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', NEW.id, "
    "'update', 'geom', NULL, NULL WHERE OLD.geom IS NOT NEW.geom;\n"
    '  INSERT INTO "gpkgext_kalixplan_outside_edits" (table_name, row_id, action, at) SELECT '
    "'parcels', NEW.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE OLD.geom IS NOT "
    "NEW.geom;\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_parcels_delete" AFTER DELETE ON "parcels"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'parcels', OLD.id, "
    "'delete', NULL, CAST(OLD.\"designation\" AS TEXT), NULL);\n"
    '  INSERT INTO "gpkgext_kalixplan_outside_edits" (table_name, row_id, action, at) VALUES '
    "('parcels', OLD.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ','now'));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_period_decisions_insert" AFTER INSERT ON '
    '"period_decisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule period_decisions.kind: unknown period decision kind; "
    'allowed values: extension, renewal\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" IN '
    "('extension', 'renewal');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'insert', NULL, NULL, NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_period_decisions_check" BEFORE UPDATE ON '
    '"period_decisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule period_decisions.kind: unknown period decision kind; "
    'allowed values: extension, renewal\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" IN '
    "('extension', 'renewal');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_period_decisions_update" AFTER UPDATE ON '
    '"period_decisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "period_decisions" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'period_decisions', NEW.id, "
    "'update', 'plan_id', CAST(OLD.\"plan_id\" AS TEXT), CAST(NEW.\"plan_id\" AS TEXT) WHERE "
    'OLD."plan_id" IS NOT NEW."plan_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'update', 'kind', CAST(OLD.\"kind\" AS TEXT), "
    'CAST(NEW."kind" AS TEXT) WHERE OLD."kind" IS NOT NEW."kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'update', 'years', CAST(OLD.\"years\" AS TEXT), "
    'CAST(NEW."years" AS TEXT) WHERE OLD."years" IS NOT NEW."years"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'update', 'adopted_date', CAST(OLD.\"adopted_date\" AS "
    'TEXT), CAST(NEW."adopted_date" AS TEXT) WHERE OLD."adopted_date" IS NOT NEW."adopted_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'update', 'in_force_date', CAST(OLD.\"in_force_date\" AS "
    'TEXT), CAST(NEW."in_force_date" AS TEXT) WHERE OLD."in_force_date" IS NOT '
    'NEW."in_force_date"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'update', 'diarienummer', CAST(OLD.\"diarienummer\" AS "
    'TEXT), CAST(NEW."diarienummer" AS TEXT) WHERE OLD."diarienummer" IS NOT NEW."diarienummer"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'update', 'notes', CAST(OLD.\"notes\" AS TEXT), "
    'CAST(NEW."notes" AS TEXT) WHERE OLD."notes" IS NOT NEW."notes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS "
    "NULL THEN NULL WHEN OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN "
    "NEW.\"example_data\" IS NULL THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' "
    'END WHERE OLD."example_data" IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_period_decisions_delete" AFTER DELETE ON '
    '"period_decisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'period_decisions', OLD.id, 'delete', NULL, NULL, NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_provisions_insert" AFTER INSERT ON "provisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule provisions.kind: unknown provision kind; allowed "
    'values: property, administrative\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" IN '
    "('property', 'administrative');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule provisions.value_kind: unknown value kind; allowed "
    'values: min, max, exact\') WHERE NEW."value_kind" IS NOT NULL AND NOT NEW."value_kind" IN '
    "('min', 'max', 'exact');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule provisions.unit: unknown value unit; allowed values: "
    'm, m2, m3, percent, degrees, count, years, dBA\') WHERE NEW."unit" IS NOT NULL AND NOT '
    "NEW.\"unit\" IN ('m', 'm2', 'm3', 'percent', 'degrees', 'count', 'years', "
    "'dBA');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'insert', NULL, NULL, CAST(NEW.\"code\" AS TEXT));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_provisions_check" BEFORE UPDATE ON "provisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule provisions.kind: unknown provision kind; allowed "
    'values: property, administrative\') WHERE NEW."kind" IS NULL OR NOT NEW."kind" IN '
    "('property', 'administrative');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule provisions.value_kind: unknown value kind; allowed "
    'values: min, max, exact\') WHERE NEW."value_kind" IS NOT NULL AND NOT NEW."value_kind" IN '
    "('min', 'max', 'exact');\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule provisions.unit: unknown value unit; allowed values: "
    'm, m2, m3, percent, degrees, count, years, dBA\') WHERE NEW."unit" IS NOT NULL AND NOT '
    "NEW.\"unit\" IN ('m', 'm2', 'm3', 'percent', 'degrees', 'count', 'years', "
    "'dBA');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_provisions_update" AFTER UPDATE ON "provisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "provisions" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', NEW.id, "
    '\'update\', \'uuid\', CAST(OLD."uuid" AS TEXT), CAST(NEW."uuid" AS TEXT) WHERE OLD."uuid" IS '
    'NOT NEW."uuid"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'plan_id', CAST(OLD.\"plan_id\" AS TEXT), CAST(NEW.\"plan_id\" AS TEXT) "
    'WHERE OLD."plan_id" IS NOT NEW."plan_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'kind', CAST(OLD.\"kind\" AS TEXT), CAST(NEW.\"kind\" AS TEXT) WHERE "
    'OLD."kind" IS NOT NEW."kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'code', CAST(OLD.\"code\" AS TEXT), CAST(NEW.\"code\" AS TEXT) WHERE "
    'OLD."code" IS NOT NEW."code"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'catalogue_ref', CAST(OLD.\"catalogue_ref\" AS TEXT), "
    'CAST(NEW."catalogue_ref" AS TEXT) WHERE OLD."catalogue_ref" IS NOT NEW."catalogue_ref"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'wording', CAST(OLD.\"wording\" AS TEXT), CAST(NEW.\"wording\" AS TEXT) "
    'WHERE OLD."wording" IS NOT NEW."wording"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'value', CAST(OLD.\"value\" AS TEXT), CAST(NEW.\"value\" AS TEXT) WHERE "
    'OLD."value" IS NOT NEW."value"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'value_kind', CAST(OLD.\"value_kind\" AS TEXT), CAST(NEW.\"value_kind\" AS "
    'TEXT) WHERE OLD."value_kind" IS NOT NEW."value_kind"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'unit', CAST(OLD.\"unit\" AS TEXT), CAST(NEW.\"unit\" AS TEXT) WHERE "
    'OLD."unit" IS NOT NEW."unit"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'motiv', CAST(OLD.\"motiv\" AS TEXT), CAST(NEW.\"motiv\" AS TEXT) WHERE "
    'OLD."motiv" IS NOT NEW."motiv"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "NEW.id, 'update', 'geom', NULL, NULL WHERE OLD.geom IS NOT NEW.geom;\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_provisions_delete" AFTER DELETE ON "provisions"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'provisions', "
    "OLD.id, 'delete', NULL, CAST(OLD.\"code\" AS TEXT), NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_reference_features_insert" AFTER INSERT ON '
    '"reference_features"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_features', NEW.id, 'insert', NULL, NULL, CAST(NEW.\"name\" AS TEXT));\n"
    '  INSERT INTO "gpkgext_kalixplan_outside_edits" (table_name, row_id, action, at) VALUES '
    "('reference_features', NEW.id, 'insert', strftime('%Y-%m-%dT%H:%M:%fZ','now'));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_reference_features_update" AFTER UPDATE ON '
    '"reference_features"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "reference_features" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'reference_features', "
    "NEW.id, 'update', 'layer_id', CAST(OLD.\"layer_id\" AS TEXT), CAST(NEW.\"layer_id\" AS TEXT) "
    'WHERE OLD."layer_id" IS NOT NEW."layer_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_features', NEW.id, 'update', 'name', CAST(OLD.\"name\" AS TEXT), "
    'CAST(NEW."name" AS TEXT) WHERE OLD."name" IS NOT NEW."name"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_features', NEW.id, 'update', 'properties', CAST(OLD.\"properties\" AS TEXT), "
    'CAST(NEW."properties" AS TEXT) WHERE OLD."properties" IS NOT NEW."properties"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_features', NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" "
    "IS NULL THEN NULL WHEN OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN "
    "NEW.\"example_data\" IS NULL THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' "
    'END WHERE OLD."example_data" IS NOT NEW."example_data"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_features', NEW.id, 'update', 'geom', NULL, NULL WHERE OLD.geom IS NOT NEW.geom;\n"
    '  INSERT INTO "gpkgext_kalixplan_outside_edits" (table_name, row_id, action, at) SELECT '
    "'reference_features', NEW.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE OLD.geom "
    "IS NOT NEW.geom;\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_reference_features_delete" AFTER DELETE ON '
    '"reference_features"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', "
    "'reference_features', OLD.id, 'delete', NULL, CAST(OLD.\"name\" AS TEXT), NULL);\n"
    '  INSERT INTO "gpkgext_kalixplan_outside_edits" (table_name, row_id, action, at) VALUES '
    "('reference_features', OLD.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ','now'));\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_interests_insert" AFTER INSERT ON "interests"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule interests.stage: unknown interest stage; allowed "
    "values: lead, dialogue, site_visit, letter_of_intent, land_allocation, purchase, "
    'established, paused, withdrawn\') WHERE NEW."stage" IS NULL OR NOT NEW."stage" IN (\'lead\', '
    "'dialogue', 'site_visit', 'letter_of_intent', 'land_allocation', 'purchase', 'established', "
    "'paused', 'withdrawn');\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "NEW.id, 'insert', NULL, NULL, NULL);\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_interests_check" BEFORE UPDATE ON "interests"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  SELECT RAISE(ABORT, 'KalixPlan rule interests.stage: unknown interest stage; allowed "
    "values: lead, dialogue, site_visit, letter_of_intent, land_allocation, purchase, "
    'established, paused, withdrawn\') WHERE NEW."stage" IS NULL OR NOT NEW."stage" IN (\'lead\', '
    "'dialogue', 'site_visit', 'letter_of_intent', 'land_allocation', 'purchase', 'established', "
    "'paused', 'withdrawn');\n"
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_interests_update" AFTER UPDATE ON "interests"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan' AND NEW.version IS NOT OLD.version + 1\n"
    "BEGIN\n"
    '  UPDATE "interests" SET version = OLD.version + 1, updated_at = '
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id;\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value)\n"
    "  SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', NEW.id, "
    "'update', 'actor_id', CAST(OLD.\"actor_id\" AS TEXT), CAST(NEW.\"actor_id\" AS TEXT) WHERE "
    'OLD."actor_id" IS NOT NEW."actor_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "NEW.id, 'update', 'parcel_id', CAST(OLD.\"parcel_id\" AS TEXT), CAST(NEW.\"parcel_id\" AS "
    'TEXT) WHERE OLD."parcel_id" IS NOT NEW."parcel_id"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "NEW.id, 'update', 'stage', CAST(OLD.\"stage\" AS TEXT), CAST(NEW.\"stage\" AS TEXT) WHERE "
    'OLD."stage" IS NOT NEW."stage"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "NEW.id, 'update', 'started_on', CAST(OLD.\"started_on\" AS TEXT), CAST(NEW.\"started_on\" AS "
    'TEXT) WHERE OLD."started_on" IS NOT NEW."started_on"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "NEW.id, 'update', 'stage_changed_on', CAST(OLD.\"stage_changed_on\" AS TEXT), "
    'CAST(NEW."stage_changed_on" AS TEXT) WHERE OLD."stage_changed_on" IS NOT '
    'NEW."stage_changed_on"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "NEW.id, 'update', 'notes', CAST(OLD.\"notes\" AS TEXT), CAST(NEW.\"notes\" AS TEXT) WHERE "
    'OLD."notes" IS NOT NEW."notes"\n'
    "  UNION ALL SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "NEW.id, 'update', 'example_data', CASE WHEN OLD.\"example_data\" IS NULL THEN NULL WHEN "
    "OLD.\"example_data\" THEN 'true' ELSE 'false' END, CASE WHEN NEW.\"example_data\" IS NULL "
    "THEN NULL WHEN NEW.\"example_data\" THEN 'true' ELSE 'false' END WHERE OLD.\"example_data\" "
    'IS NOT NEW."example_data";\n'
    "END",
    'CREATE TRIGGER IF NOT EXISTS "kalixplan_interests_delete" AFTER DELETE ON "interests"\n'
    "WHEN sqlite_source_id() NOT LIKE '%kalixplan'\n"
    "BEGIN\n"
    "  INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'QGIS/external', 'interests', "
    "OLD.id, 'delete', NULL, NULL, NULL);\n"
    "END",
]

POSTGRES_DDL: list[str] = [
    "CREATE TABLE IF NOT EXISTS gpkgext_kalixplan_outside_edits (id serial PRIMARY KEY, "
    "table_name text NOT NULL, row_id integer NOT NULL, action text NOT NULL, at timestamptz NOT "
    "NULL DEFAULT now())",
    "ALTER TABLE actors ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE actors ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE actors ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE actors ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_actors_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.org_number::text, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "    IF NEW.kind IS NULL OR NOT NEW.kind IN ('company', 'utility', 'investor', 'authority', "
    "'academia') THEN RAISE EXCEPTION 'KalixPlan rule actors.kind: unknown actor kind; allowed "
    "values: company, utility, investor, authority, academia' USING ERRCODE = 'check_violation'; "
    "END IF;\n"
    "    IF NEW.sector IS NOT NULL AND NOT NEW.sector IN ('fossil_free_steel', 'hydrogen', "
    "'batteries', 'wind', 'solar', 'bioenergy', 'grid', 'data_centres', 'circular', 'logistics') "
    "THEN RAISE EXCEPTION 'KalixPlan rule actors.sector: unknown actor sector; allowed values: "
    "fossil_free_steel, hydrogen, batteries, wind, solar, bioenergy, grid, data_centres, "
    "circular, logistics' USING ERRCODE = 'check_violation'; END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.org_number::text);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON actors",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON actors FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_actors_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON actors",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON actors FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_actors_outside()",
    "ALTER TABLE documents ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE documents ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE documents ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE documents ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_documents_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.title::text, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "    IF NEW.kind IS NOT NULL AND NOT NEW.kind IN ('plankarta', 'beslutsprotokoll', "
    "'planbeskrivning', 'planeringsunderlag', 'övrigt') THEN RAISE EXCEPTION 'KalixPlan rule "
    "documents.kind: unknown plan document kind; allowed values: plankarta, beslutsprotokoll, "
    "planbeskrivning, planeringsunderlag, övrigt' USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.basis_type IS NOT NULL AND NOT NEW.basis_type IN ('barnkonsekvensanalys', "
    "'bullerutredning', 'dagsljus och skugga', 'dagvattenutredning', 'detaljplan', "
    "'förprojektering', 'geoteknisk utredning', 'grundkarta', 'handelsutredning', "
    "'kulturmiljöutredning', 'markmiljöutredning', 'miljökonsekvensbeskrivning', "
    "'naturinventering', 'planprogram', 'regionplan', 'riskutredning', 'särskilt beslut om "
    "betydande miljöpåverkan', 'trafikutredning', 'undersökning enligt 6 kap. 6 § plan- och "
    "bygglagen (2010:900)', 'översiktsplan', 'annat') THEN RAISE EXCEPTION 'KalixPlan rule "
    "documents.basis_type: unknown planning study type (underlagstyp); allowed values: "
    "barnkonsekvensanalys, bullerutredning, dagsljus och skugga, dagvattenutredning, detaljplan, "
    "förprojektering, geoteknisk utredning, grundkarta, handelsutredning, kulturmiljöutredning, "
    "markmiljöutredning, miljökonsekvensbeskrivning, …' USING ERRCODE = 'check_violation'; END "
    "IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.title::text);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON documents",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON documents FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_documents_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON documents",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON documents FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_documents_outside()",
    "ALTER TABLE plans ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE plans ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE plans ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE plans ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_plans_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.designation::text, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "      NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text);\n"
    "      NEW.municipality_code := coalesce(NEW.municipality_code, (SELECT value FROM "
    "project_settings WHERE key = 'municipality_code'), '');\n"
    "      NEW.plan_type := coalesce(NEW.plan_type, 'detaljplan');\n"
    "      NEW.procedure := coalesce(NEW.procedure, 'standard');\n"
    "      NEW.decision_type := coalesce(NEW.decision_type, 'new_plan');\n"
    "  END IF;\n"
    "    IF NEW.status IS NULL OR NOT NEW.status IN ('started', 'consultation', 'review', "
    "'adopted', 'appealed', 'supervision', 'in_force', 'revoked', 'closed') THEN RAISE EXCEPTION "
    "'KalixPlan rule plans.status: unknown plan status; allowed values: started, consultation, "
    "review, adopted, appealed, supervision, in_force, revoked, closed' USING ERRCODE = "
    "'check_violation'; END IF;\n"
    "    IF NEW.procedure IS NULL OR NOT NEW.procedure IN ('standard', 'extended', 'limited', "
    "'coordinated') THEN RAISE EXCEPTION 'KalixPlan rule plans.procedure: unknown plan procedure; "
    "allowed values: standard, extended, limited, coordinated' USING ERRCODE = 'check_violation'; "
    "END IF;\n"
    "    IF NEW.plan_type IS NULL OR NOT NEW.plan_type IN ('detaljplan', 'stadsplan', "
    "'byggnadsplan', 'avstyckningsplan') THEN RAISE EXCEPTION 'KalixPlan rule plans.plan_type: "
    "unknown plan type; allowed values: detaljplan, stadsplan, byggnadsplan, avstyckningsplan' "
    "USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.decision_type IS NULL OR NOT NEW.decision_type IN ('new_plan', 'change', "
    "'repeal', 'closure') THEN RAISE EXCEPTION 'KalixPlan rule plans.decision_type: unknown "
    "decision type; allowed values: new_plan, change, repeal, closure' USING ERRCODE = "
    "'check_violation'; END IF;\n"
    "    IF NEW.digitisation IS NOT NULL AND NOT NEW.digitisation IN ('komplett', 'ej komplett') "
    "THEN RAISE EXCEPTION 'KalixPlan rule plans.digitisation: unknown digitisation level; allowed "
    "values: komplett, ej komplett' USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.usability IS NOT NULL AND NOT NEW.usability IN ('god', 'medel', 'låg') THEN RAISE "
    "EXCEPTION 'KalixPlan rule plans.usability: unknown usability; allowed values: god, medel, "
    "låg' USING ERRCODE = 'check_violation'; END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.designation::text);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      IF NEW.status IS DISTINCT FROM OLD.status AND OLD.status IN ('started', "
    "'consultation', 'review', 'adopted', 'appealed', 'supervision', 'in_force', 'revoked', "
    "'closed') AND OLD.status || '>' || NEW.status NOT IN ('adopted>appealed', 'adopted>closed', "
    "'adopted>in_force', 'adopted>supervision', 'appealed>closed', 'appealed>in_force', "
    "'appealed>review', 'appealed>supervision', 'consultation>closed', 'consultation>review', "
    "'in_force>revoked', 'review>adopted', 'review>closed', 'review>consultation', "
    "'started>closed', 'started>consultation', 'supervision>appealed', 'supervision>closed', "
    "'supervision>in_force', 'supervision>review') THEN RAISE EXCEPTION 'KalixPlan rule "
    "plans.status transition: forbidden plan status change (plans move forward through the PBL "
    "process, in force only to revoked)' USING ERRCODE = 'check_violation'; END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      IF NEW.geom IS DISTINCT FROM OLD.geom THEN\n"
    "        INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'update', 'geom', "
    "ST_AsText(OLD.geom, 2), ST_AsText(NEW.geom, 2));\n"
    "      END IF;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON plans",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON plans FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_plans_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON plans",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON plans FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_plans_outside()",
    "ALTER TABLE reference_layers ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE reference_layers ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE reference_layers ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE reference_layers ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_reference_layers_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.name::text, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "    IF NEW.kind IS NULL OR NOT NEW.kind IN ('road', 'railway', 'port', 'substation', "
    "'boundary', 'flood_zone', 'protected_nature', 'contaminated_land', 'property', 'other') THEN "
    "RAISE EXCEPTION 'KalixPlan rule reference_layers.kind: unknown reference layer kind; allowed "
    "values: road, railway, port, substation, boundary, flood_zone, protected_nature, "
    "contaminated_land, property, other' USING ERRCODE = 'check_violation'; END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.name::text);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON reference_layers",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON reference_layers FOR EACH ROW "
    "WHEN (current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_reference_layers_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON reference_layers",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON reference_layers FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_reference_layers_outside()",
    "ALTER TABLE activities ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE activities ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE activities ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE activities ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_activities_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      NULL, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "    IF NEW.kind IS NULL OR NOT NEW.kind IN ('meeting', 'call', 'mail', 'site_visit', "
    "'other') THEN RAISE EXCEPTION 'KalixPlan rule activities.kind: unknown activity kind; "
    "allowed values: meeting, call, mail, site_visit, other' USING ERRCODE = 'check_violation'; "
    "END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NULL);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON activities",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON activities FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_activities_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON activities",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON activities FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_activities_outside()",
    "ALTER TABLE actor_contacts ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE actor_contacts ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE actor_contacts ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE actor_contacts ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_actor_contacts_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.name::text, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.name::text);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON actor_contacts",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON actor_contacts FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_actor_contacts_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON actor_contacts",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON actor_contacts FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_actor_contacts_outside()",
    "ALTER TABLE land_needs ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE land_needs ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE land_needs ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE land_needs ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_land_needs_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      NULL, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NULL);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON land_needs",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON land_needs FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_land_needs_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON land_needs",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON land_needs FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_land_needs_outside()",
    "ALTER TABLE land_use_areas ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE land_use_areas ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE land_use_areas ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE land_use_areas ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_land_use_areas_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.code::text, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "    IF NEW.code IS NULL OR NOT (NEW.code IN ('ANNAN ALLMÄN PLATS', 'B', 'C', 'CYKEL', 'D', "
    "'E', 'F', 'G', 'GATA', 'GCVÄG', 'GÅNG', 'H', 'J', 'K', 'L', 'M', 'N', 'NATUR', 'O', 'P', "
    "'PARK', 'R', 'S', 'SKYDD', 'T', 'TORG', 'U', 'V', 'VÄG', 'W', 'Z') OR NEW.code ~ "
    "'^([BCDEFGHJKLMNOPRSTUVWZ][0-9]*[a-zåäö]*)+$') THEN RAISE EXCEPTION 'KalixPlan rule "
    "land_use_areas.code: unknown land-use code (Boverket); allowed values: ANNAN ALLMÄN PLATS, "
    "B, C, CYKEL, D, E, F, G, GATA, GCVÄG, GÅNG, H, …' USING ERRCODE = 'check_violation'; END "
    "IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.code::text);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      IF NEW.geom IS DISTINCT FROM OLD.geom THEN\n"
    "        INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'update', 'geom', "
    "ST_AsText(OLD.geom, 2), ST_AsText(NEW.geom, 2));\n"
    "      END IF;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON land_use_areas",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON land_use_areas FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_land_use_areas_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON land_use_areas",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON land_use_areas FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_land_use_areas_outside()",
    "ALTER TABLE parcels ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE parcels ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE parcels ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE parcels ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_parcels_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.designation::text, NULL);\n"
    "    INSERT INTO gpkgext_kalixplan_outside_edits (table_name, row_id, action) VALUES "
    "('parcels', OLD.id, 'delete');\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "      NEW.area_m2 := CASE WHEN NEW.geom IS NULL OR ST_IsEmpty(NEW.geom) THEN 0 ELSE "
    "ST_Area(ST_Transform(NEW.geom, 4326)::geography, true) END;\n"
    "      NEW.facts_stale := true;\n"
    "      NEW.status := coalesce(NEW.status, 'available');\n"
    "  END IF;\n"
    "    IF NEW.status IS NULL OR NOT NEW.status IN ('available', 'reserved', 'option', 'sold', "
    "'planning', 'unavailable') THEN RAISE EXCEPTION 'KalixPlan rule parcels.status: unknown "
    "parcel status; allowed values: available, reserved, option, sold, planning, unavailable' "
    "USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.owner_kind IS NOT NULL AND NOT NEW.owner_kind IN ('municipality', "
    "'municipal_company', 'private', 'state') THEN RAISE EXCEPTION 'KalixPlan rule "
    "parcels.owner_kind: unknown owner kind; allowed values: municipality, municipal_company, "
    "private, state' USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.key_kind IS NULL OR NOT NEW.key_kind IN ('property', 'area') THEN RAISE EXCEPTION "
    "'KalixPlan rule parcels.key_kind: unknown parcel key kind; allowed values: property, area' "
    "USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.land_use IS NOT NULL AND NOT (NEW.land_use IN ('ANNAN ALLMÄN PLATS', 'B', 'C', "
    "'CYKEL', 'D', 'E', 'F', 'G', 'GATA', 'GCVÄG', 'GÅNG', 'H', 'J', 'K', 'L', 'M', 'N', 'NATUR', "
    "'O', 'P', 'PARK', 'R', 'S', 'SKYDD', 'T', 'TORG', 'U', 'V', 'VÄG', 'W', 'Z') OR NEW.land_use "
    "~ '^([BCDEFGHJKLMNOPRSTUVWZ][0-9]*[a-zåäö]*)+$') THEN RAISE EXCEPTION 'KalixPlan rule "
    "parcels.land_use: unknown land-use code (Boverket); allowed values: ANNAN ALLMÄN PLATS, B, "
    "C, CYKEL, D, E, F, G, GATA, GCVÄG, GÅNG, H, …' USING ERRCODE = 'check_violation'; END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.designation::text);\n"
    "      INSERT INTO gpkgext_kalixplan_outside_edits (table_name, row_id, action) VALUES "
    "('parcels', NEW.id, 'insert');\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      IF NEW.status IS DISTINCT FROM OLD.status AND OLD.status IN ('available', 'reserved', "
    "'option', 'sold', 'planning', 'unavailable') AND OLD.status || '>' || NEW.status NOT IN "
    "('available>option', 'available>planning', 'available>reserved', 'available>sold', "
    "'available>unavailable', 'option>available', 'option>reserved', 'option>sold', "
    "'option>unavailable', 'planning>available', 'planning>reserved', 'planning>unavailable', "
    "'reserved>available', 'reserved>option', 'reserved>sold', 'reserved>unavailable', "
    "'sold>unavailable', 'unavailable>available', 'unavailable>planning') THEN RAISE EXCEPTION "
    "'KalixPlan rule parcels.status transition: forbidden parcel status change (sold land goes "
    "only to unavailable)' USING ERRCODE = 'check_violation'; END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      IF NEW.geom IS DISTINCT FROM OLD.geom THEN\n"
    "        INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'update', 'geom', "
    "ST_AsText(OLD.geom, 2), ST_AsText(NEW.geom, 2));\n"
    "        NEW.area_m2 := CASE WHEN NEW.geom IS NULL OR ST_IsEmpty(NEW.geom) THEN 0 ELSE "
    "ST_Area(ST_Transform(NEW.geom, 4326)::geography, true) END;\n"
    "        NEW.facts_stale := true;\n"
    "        INSERT INTO gpkgext_kalixplan_outside_edits (table_name, row_id, action) VALUES "
    "('parcels', NEW.id, 'update');\n"
    "      END IF;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON parcels",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON parcels FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_parcels_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON parcels",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON parcels FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_parcels_outside()",
    "ALTER TABLE period_decisions ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE period_decisions ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE period_decisions ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE period_decisions ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_period_decisions_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      NULL, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "    IF NEW.kind IS NULL OR NOT NEW.kind IN ('extension', 'renewal') THEN RAISE EXCEPTION "
    "'KalixPlan rule period_decisions.kind: unknown period decision kind; allowed values: "
    "extension, renewal' USING ERRCODE = 'check_violation'; END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NULL);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON period_decisions",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON period_decisions FOR EACH ROW "
    "WHEN (current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_period_decisions_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON period_decisions",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON period_decisions FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_period_decisions_outside()",
    "ALTER TABLE provisions ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE provisions ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE provisions ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE provisions ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_provisions_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.code::text, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "      NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text);\n"
    "  END IF;\n"
    "    IF NEW.kind IS NULL OR NOT NEW.kind IN ('property', 'administrative') THEN RAISE "
    "EXCEPTION 'KalixPlan rule provisions.kind: unknown provision kind; allowed values: property, "
    "administrative' USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.value_kind IS NOT NULL AND NOT NEW.value_kind IN ('min', 'max', 'exact') THEN "
    "RAISE EXCEPTION 'KalixPlan rule provisions.value_kind: unknown value kind; allowed values: "
    "min, max, exact' USING ERRCODE = 'check_violation'; END IF;\n"
    "    IF NEW.unit IS NOT NULL AND NOT NEW.unit IN ('m', 'm2', 'm3', 'percent', 'degrees', "
    "'count', 'years', 'dBA') THEN RAISE EXCEPTION 'KalixPlan rule provisions.unit: unknown value "
    "unit; allowed values: m, m2, m3, percent, degrees, count, years, dBA' USING ERRCODE = "
    "'check_violation'; END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.code::text);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      IF NEW.geom IS DISTINCT FROM OLD.geom THEN\n"
    "        INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'update', 'geom', "
    "ST_AsText(OLD.geom, 2), ST_AsText(NEW.geom, 2));\n"
    "      END IF;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON provisions",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON provisions FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_provisions_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON provisions",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON provisions FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_provisions_outside()",
    "ALTER TABLE reference_features ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE reference_features ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE reference_features ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE reference_features ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_reference_features_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      OLD.name::text, NULL);\n"
    "    INSERT INTO gpkgext_kalixplan_outside_edits (table_name, row_id, action) VALUES "
    "('reference_features', OLD.id, 'delete');\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NEW.name::text);\n"
    "      INSERT INTO gpkgext_kalixplan_outside_edits (table_name, row_id, action) VALUES "
    "('reference_features', NEW.id, 'insert');\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      IF NEW.geom IS DISTINCT FROM OLD.geom THEN\n"
    "        INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value, "
    "new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'update', 'geom', "
    "ST_AsText(OLD.geom, 2), ST_AsText(NEW.geom, 2));\n"
    "        INSERT INTO gpkgext_kalixplan_outside_edits (table_name, row_id, action) VALUES "
    "('reference_features', NEW.id, 'update');\n"
    "      END IF;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON reference_features",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON reference_features FOR EACH ROW "
    "WHEN (current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_reference_features_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON reference_features",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON reference_features FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_reference_features_outside()",
    "ALTER TABLE interests ALTER COLUMN version SET DEFAULT 1",
    "ALTER TABLE interests ALTER COLUMN created_at SET DEFAULT now()",
    "ALTER TABLE interests ALTER COLUMN updated_at SET DEFAULT now()",
    "ALTER TABLE interests ALTER COLUMN example_data SET DEFAULT false",
    "CREATE OR REPLACE FUNCTION kalixplan_interests_outside() RETURNS trigger\n"
    "LANGUAGE plpgsql AS $kx$\n"
    "DECLARE\n"
    "  k text;\n"
    "  o jsonb;\n"
    "  n jsonb;\n"
    "BEGIN\n"
    "  IF TG_OP = 'DELETE' THEN\n"
    "    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,\n"
    "      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,\n"
    "      NULL, NULL);\n"
    "    RETURN OLD;\n"
    "  END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      NEW.version := coalesce(NEW.version, 1);\n"
    "      NEW.created_at := coalesce(NEW.created_at, now());\n"
    "      NEW.updated_at := coalesce(NEW.updated_at, now());\n"
    "      NEW.example_data := coalesce(NEW.example_data, false);\n"
    "  END IF;\n"
    "    IF NEW.stage IS NULL OR NOT NEW.stage IN ('lead', 'dialogue', 'site_visit', "
    "'letter_of_intent', 'land_allocation', 'purchase', 'established', 'paused', 'withdrawn') "
    "THEN RAISE EXCEPTION 'KalixPlan rule interests.stage: unknown interest stage; allowed "
    "values: lead, dialogue, site_visit, letter_of_intent, land_allocation, purchase, "
    "established, paused, withdrawn' USING ERRCODE = 'check_violation'; END IF;\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',\n"
    "        NULL, NULL, NULL);\n"
    "      RETURN NEW;\n"
    "  END IF;\n"
    "      NEW.version := OLD.version + 1;\n"
    "      NEW.updated_at := now();\n"
    "      n := to_jsonb(NEW) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      o := to_jsonb(OLD) - ARRAY['id', 'version', 'created_at', 'updated_at', 'facts_stale', "
    "'geom']::text[];\n"
    "      FOR k IN SELECT jsonb_object_keys(n) LOOP\n"
    "        IF n -> k IS DISTINCT FROM o -> k THEN\n"
    "          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,\n"
    "            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,\n"
    "            'update', k, o ->> k, n ->> k);\n"
    "        END IF;\n"
    "      END LOOP;\n"
    "      RETURN NEW;\n"
    "END\n"
    "$kx$",
    "DROP TRIGGER IF EXISTS kalixplan_outside ON interests",
    "CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON interests FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_interests_outside()",
    "DROP TRIGGER IF EXISTS kalixplan_outside_delete ON interests",
    "CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON interests FOR EACH ROW WHEN "
    "(current_setting('kalixplan.app', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "
    "kalixplan_interests_outside()",
]


# End of the frozen constants (tools/freeze_triggers.py writes what comes before).


def _drop_sqlite_triggers(raw: Any) -> None:
    names = [
        r[0]
        for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kalixplan_%'"
        )
    ]
    for name in names:
        raw.execute(f'DROP TRIGGER "{name}"')


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        raw: Any = bind.connection.dbapi_connection
        _drop_sqlite_triggers(raw)
        for statement in SQLITE_DDL:
            raw.execute(statement)
        return
    for statement in POSTGRES_DDL:
        bind.exec_driver_sql(statement)


def _revision_0005() -> Any:
    from importlib import util
    from pathlib import Path

    path = Path(__file__).with_name("0005_provisions.py")
    spec = util.spec_from_file_location("kalixplan_revision_0005", path)
    assert spec is not None and spec.loader is not None
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    """Back to 0005 (a developer's step): property maps become kind ``other`` again."""
    bind = op.get_bind()
    previous = _revision_0005()
    if bind.dialect.name == "sqlite":
        raw: Any = bind.connection.dbapi_connection
        _drop_sqlite_triggers(raw)
        raw.execute("UPDATE reference_layers SET kind = 'other' WHERE kind = 'property'")
        for statement in previous.SQLITE_DDL:
            raw.execute(statement)
        return
    bind.exec_driver_sql("UPDATE reference_layers SET kind = 'other' WHERE kind = 'property'")
    for statement in previous.POSTGRES_DDL:
        bind.exec_driver_sql(statement)
