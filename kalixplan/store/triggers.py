"""Rules in the database: triggers that guard the project against writes from other programs.

QGIS, ogr2ogr, psql or any SQL client may write the project database. For every
write that does not come from KalixPlan the triggers here bump ``version`` and
``updated_at``, write the change log, refuse unknown code values and forbidden
status transitions (with a message naming the rule), and queue rows whose
geometry changed in ``gpkgext_kalixplan_outside_edits`` so that KalixPlan recomputes
the derived facts (geodesic area, distances, flags) when it next opens the
project (:mod:`kalixplan.services.outside_edits`).

How a trigger knows a write comes from KalixPlan (``docs/architecture.md``,
"Outside edits"):

- SQLite: our connections override SQLite's built-in ``sqlite_source_id()``
  (:func:`mark_app_connection`) to return the library's id followed by
  ``kalixplan``. Every other client has the built-in, so the triggers compile
  everywhere and the test ``sqlite_source_id() NOT LIKE '%kalixplan'`` is true
  only outside KalixPlan. A zero-argument deterministic function is evaluated
  once per statement, not per row: bulk inserts do not pay for it.
- PostgreSQL: our sessions run ``set_config('kalixplan.app', 'on', false)``;
  the triggers' ``WHEN`` clause reads it with ``current_setting(.., true)``.

The DDL is generated from a plain :class:`Spec` so that a migration can keep a
frozen copy of what it installed (revision 0003 holds its SQL as text).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Connection

APP_MARK = "kalixplan"
OUTSIDE_USER_SQLITE = "QGIS/external"
# gpkgext_: an extension table, left out of GDAL's and QGIS's layer lists (registered in
# gpkg_extensions as 'kalixplan_outside_edits').
QUEUE_TABLE = "gpkgext_kalixplan_outside_edits"
SQLITE_OUTSIDE = f"sqlite_source_id() NOT LIKE '%{APP_MARK}'"
PG_OUTSIDE = "current_setting('kalixplan.app', true) IS DISTINCT FROM 'on'"
SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
_NOT_LOGGED = ("id", "version", "created_at", "updated_at", "facts_stale", "geom")
# Tables whose geometry feeds derived facts: an outside change is queued.
QUEUED = ("parcels", "reference_features")


@dataclass(frozen=True)
class Rule:
    """One code list a column must hold (NULL allowed when ``nullable``)."""

    table: str
    column: str
    name: str
    values: tuple[str, ...]
    nullable: bool = True
    land_use: bool = False  # Boverket land-use code: the words plus letter combinations


@dataclass(frozen=True)
class Spec:
    """Everything the trigger DDL depends on, as plain values."""

    columns: dict[str, tuple[str, ...]]  # editable table -> its columns
    booleans: dict[str, tuple[str, ...]]
    labels: dict[str, str]  # table -> column naming a row in the log
    rules: tuple[Rule, ...]
    transitions: dict[tuple[str, str], tuple[str, ...]]  # (table, column) -> "old>new"
    land_use_letters: str = ""
    defaults: dict[str, dict[str, str]] = field(default_factory=dict)  # SQLite DEFAULTs


def live_spec() -> Spec:
    """The spec of the current models and code lists."""
    from kalixplan.domain import codes, documents, periods, provisions, quality
    from kalixplan.store.models import Base

    columns: dict[str, tuple[str, ...]] = {}
    booleans: dict[str, tuple[str, ...]] = {}
    for table in Base.metadata.sorted_tables:
        if "version" not in table.c:
            continue
        columns[table.name] = tuple(c.name for c in table.c)
        booleans[table.name] = tuple(
            c.name for c in table.c if c.type.__class__.__name__ == "Boolean"
        )
    labels: dict[str, str] = {}
    for name, cols in columns.items():
        for attr in ("designation", "org_number", "name", "code", "title"):
            if attr in cols:
                labels[name] = attr
                break

    def vals(enum: type) -> tuple[str, ...]:
        return tuple(str(v.value) for v in enum)  # type: ignore[attr-defined]

    land = tuple(sorted(codes.LAND_USE_CODES))
    rules = (
        Rule("parcels", "status", "parcel status", vals(codes.ParcelStatus), nullable=False),
        Rule("parcels", "owner_kind", "owner kind", vals(codes.OwnerKind)),
        Rule("parcels", "key_kind", "parcel key kind", ("property", "area"), nullable=False),
        Rule("parcels", "land_use", "land-use code (Boverket)", land, land_use=True),
        Rule("plans", "status", "plan status", vals(codes.PlanStatus), nullable=False),
        Rule("plans", "procedure", "plan procedure", vals(codes.PlanProcedure), nullable=False),
        Rule("plans", "plan_type", "plan type", vals(codes.PlanType), nullable=False),
        Rule("plans", "decision_type", "decision type", vals(codes.DecisionType), nullable=False),
        # NS Detaljplan 4.1 digitaliseringsniva and anvandbarhet.
        Rule("plans", "digitisation", "digitisation level", tuple(quality.DIGITISATION_LABELS)),
        Rule("plans", "usability", "usability", tuple(quality.USABILITY_LABELS)),
        Rule(
            "land_use_areas",
            "code",
            "land-use code (Boverket)",
            land,
            nullable=False,
            land_use=True,
        ),
        # NS Detaljplan 4.1: a planbestammelse's feature:typ, vardetyp and enhet.
        Rule(
            "provisions",
            "kind",
            "provision kind",
            vals(provisions.ProvisionKind),
            nullable=False,
        ),
        Rule("provisions", "value_kind", "value kind", vals(provisions.ValueKind)),
        Rule("provisions", "unit", "value unit", vals(provisions.Unit)),
        Rule("documents", "kind", "plan document kind", vals(documents.DocumentKind)),
        # PBL 4 kap. 24 §: a plan's implementation period is extended or renewed.
        Rule("period_decisions", "kind", "period decision kind", periods.KINDS, nullable=False),
        Rule(
            "documents",
            "basis_type",
            "planning study type (underlagstyp)",
            tuple(documents.BASIS_TYPE_LABELS),
        ),
        Rule("actors", "kind", "actor kind", vals(codes.ActorKind), nullable=False),
        Rule("actors", "sector", "actor sector", vals(codes.Sector)),
        Rule("interests", "stage", "interest stage", vals(codes.InterestStage), nullable=False),
        Rule("activities", "kind", "activity kind", vals(codes.ActivityKind), nullable=False),
        Rule(
            "reference_layers",
            "kind",
            "reference layer kind",
            vals(codes.ReferenceKind),
            nullable=False,
        ),
    )
    transitions = {
        ("parcels", "status"): tuple(
            sorted(
                f"{a.value}>{b.value}"
                for a, bs in codes.PARCEL_STATUS_TRANSITIONS.items()
                for b in bs
            )
        ),
        ("plans", "status"): tuple(
            sorted(
                f"{a.value}>{b.value}"
                for a, bs in codes.PLAN_STATUS_TRANSITIONS.items()
                for b in bs
            )
        ),
    }
    letters = "".join(sorted(c for c in codes.LAND_USE_CODES if len(c) == 1))
    return Spec(columns, booleans, labels, rules, transitions, letters, _defaults(columns))


def _defaults(columns: dict[str, tuple[str, ...]]) -> dict[str, dict[str, str]]:
    now = f"({SQLITE_NOW})"
    uuid4 = (
        "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
        "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
        "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))"
    )
    out: dict[str, dict[str, str]] = {}
    for table in columns:
        out[table] = {"version": "1", "created_at": now, "updated_at": now, "example_data": "0"}
    out["parcels"].update(
        {
            "area_m2": "0",
            "status": "'available'",
            "facts_stale": "0",
            "public": "0",
            "key_kind": "'property'",
        }
    )
    out["plans"].update(
        {
            "uuid": uuid4,
            "municipality_code": "''",
            "plan_type": "'detaljplan'",
            "procedure": "'standard'",
            "decision_type": "'new_plan'",
            "boundaries_corrected": "0",
            "basis_checked": "0",
        }
    )
    out["provisions"]["uuid"] = uuid4
    return out


# --- SQLite ---------------------------------------------------------------------------


def mark_app_connection(dbapi_conn: sqlite3.Connection) -> None:
    """Make the triggers see this connection as KalixPlan's (see the module docstring)."""
    marked = _marked_source_id()
    dbapi_conn.create_function("sqlite_source_id", 0, lambda: marked, deterministic=True)


@functools.cache
def _marked_source_id() -> str:
    probe = sqlite3.connect(":memory:")
    try:
        return f"{probe.execute('SELECT sqlite_source_id()').fetchone()[0]} {APP_MARK}"
    finally:
        probe.close()


def _q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _in_list(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(_q(v) for v in values) + ")"


def _sqlite_bad(rule: Rule, letters: str, ref: str = "NEW") -> str:
    col = f'{ref}."{rule.column}"'
    if rule.land_use:
        allowed = f"[{letters}]*"
        # A letter use, then letters, digits and lower-case restrictions, never a
        # lower-case letter followed by a digit: exactly the parts L, L1, Lm of
        # codes.land_use_parts, with GLOB.
        ok = (
            f"({col} IN {_in_list(rule.values)} OR ({col} GLOB '{allowed}' AND "
            f"{col} NOT GLOB '*[^{letters}0-9a-zåäö]*' AND "
            f"{col} NOT GLOB '*[a-zåäö][0-9]*'))"
        )
    else:
        ok = f"{col} IN {_in_list(rule.values)}"
    if rule.nullable:
        return f"{col} IS NOT NULL AND NOT {ok}"
    return f"{col} IS NULL OR NOT {ok}"


def _message(rule: Rule) -> str:
    shown = ", ".join(rule.values[:12]) + (", …" if len(rule.values) > 12 else "")
    return (
        f"KalixPlan rule {rule.table}.{rule.column}: unknown {rule.name}; allowed values: {shown}"
    )


def _transition_message(table: str, column: str) -> str:
    what = "parcel" if table == "parcels" else "plan"
    hint = (
        "sold land goes only to unavailable"
        if table == "parcels"
        else "plans move forward through the PBL process, in force only to revoked"
    )
    return f"KalixPlan rule {table}.{column} transition: forbidden {what} status change ({hint})"


def _transitions_of(spec: Spec, table: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(column, its known codes, its allowed "old>new" steps) for each status column of ``table``."""
    return [
        (column, next(r.values for r in spec.rules if (r.table, r.column) == (t, column)), pairs)
        for (t, column), pairs in spec.transitions.items()
        if t == table
    ]


def _sqlite_text(table: str, column: str, ref: str, spec: Spec) -> str:
    col = f'{ref}."{column}"'
    if column in spec.booleans.get(table, ()):
        return f"CASE WHEN {col} IS NULL THEN NULL WHEN {col} THEN 'true' ELSE 'false' END"
    return f"CAST({col} AS TEXT)"


def sqlite_ddl(spec: Spec) -> list[str]:
    """CREATE TRIGGER statements for a GeoPackage (idempotent: IF NOT EXISTS)."""
    out: list[str] = [
        f'CREATE TABLE IF NOT EXISTS "{QUEUE_TABLE}" (id INTEGER PRIMARY KEY, '
        "table_name TEXT NOT NULL, row_id INTEGER NOT NULL, action TEXT NOT NULL, "
        "at DATETIME NOT NULL)",
        # Not INSERT OR IGNORE: UNIQUE does not hold for the NULL column_name.
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
        f"definition, scope) SELECT '{QUEUE_TABLE}', NULL, 'kalixplan_outside_edits', "
        "'KalixPlan: rows changed by other programs, waiting for their derived facts', "
        f"'read-write' WHERE NOT EXISTS (SELECT 1 FROM gpkg_extensions WHERE table_name = "
        f"'{QUEUE_TABLE}')",
    ]
    log_cols = "(at, user_name, table_name, row_id, action, field, old_value, new_value)"
    user = _q(OUTSIDE_USER_SQLITE)
    for table, cols in spec.columns.items():
        rules = [r for r in spec.rules if r.table == table]
        checks = "".join(
            f"  SELECT RAISE(ABORT, {_q(_message(r))}) WHERE {_sqlite_bad(r, spec.land_use_letters)};\n"
            for r in rules
        )
        label = spec.labels.get(table)
        label_new = f'CAST(NEW."{label}" AS TEXT)' if label else "NULL"
        label_old = f'CAST(OLD."{label}" AS TEXT)' if label else "NULL"
        queued = table in QUEUED
        has_stale = "facts_stale" in cols
        body = checks
        body += (
            f"  INSERT INTO change_log {log_cols} VALUES ({SQLITE_NOW}, {user}, "
            f"{_q(table)}, NEW.id, 'insert', NULL, NULL, {label_new});\n"
        )
        if queued:
            body += (
                f'  INSERT INTO "{QUEUE_TABLE}" (table_name, row_id, action, at) '
                f"VALUES ({_q(table)}, NEW.id, 'insert', {SQLITE_NOW});\n"
            )
        if has_stale:
            body += f'  UPDATE "{table}" SET facts_stale = 1 WHERE id = NEW.id AND facts_stale IS NOT 1;\n'
        out.append(
            f'CREATE TRIGGER IF NOT EXISTS "kalixplan_{table}_insert" AFTER INSERT ON "{table}"\n'
            f"WHEN {SQLITE_OUTSIDE}\nBEGIN\n{body}END"
        )
        checks_upd = checks
        for column, known, pairs in _transitions_of(spec, table):
            checks_upd += (
                f"  SELECT RAISE(ABORT, {_q(_transition_message(table, column))}) WHERE "
                f'NEW."{column}" IS NOT OLD."{column}" AND OLD."{column}" IN {_in_list(known)} '
                f'AND OLD."{column}" || \'>\' || NEW."{column}" NOT IN {_in_list(pairs)};\n'
            )
        if checks_upd:
            out.append(
                f'CREATE TRIGGER IF NOT EXISTS "kalixplan_{table}_check" BEFORE UPDATE ON '
                f'"{table}"\nWHEN {SQLITE_OUTSIDE}\nBEGIN\n{checks_upd}END'
            )
        arms = [
            f"SELECT {SQLITE_NOW}, {user}, {_q(table)}, NEW.id, 'update', {_q(c)}, "
            f"{_sqlite_text(table, c, 'OLD', spec)}, {_sqlite_text(table, c, 'NEW', spec)} "
            f'WHERE OLD."{c}" IS NOT NEW."{c}"'
            for c in cols
            if c not in _NOT_LOGGED
        ]
        if "geom" in cols:
            arms.append(
                f"SELECT {SQLITE_NOW}, {user}, {_q(table)}, NEW.id, 'update', 'geom', "
                "NULL, NULL WHERE OLD.geom IS NOT NEW.geom"
            )
        stale = ", facts_stale = CASE WHEN OLD.geom IS NOT NEW.geom THEN 1 ELSE facts_stale END"
        body = (
            f'  UPDATE "{table}" SET version = OLD.version + 1, updated_at = {SQLITE_NOW}'
            f"{stale if has_stale else ''} WHERE id = NEW.id;\n"
            f"  INSERT INTO change_log {log_cols}\n  " + "\n  UNION ALL ".join(arms) + ";\n"
        )
        if queued:
            body += (
                f'  INSERT INTO "{QUEUE_TABLE}" (table_name, row_id, action, at) '
                f"SELECT {_q(table)}, NEW.id, 'update', {SQLITE_NOW} "
                "WHERE OLD.geom IS NOT NEW.geom;\n"
            )
        when = f"{SQLITE_OUTSIDE} AND NEW.version IS NOT OLD.version + 1"
        if has_stale:
            when += " AND NEW.facts_stale IS OLD.facts_stale"
        out.append(
            f'CREATE TRIGGER IF NOT EXISTS "kalixplan_{table}_update" AFTER UPDATE ON '
            f'"{table}"\nWHEN {when}\nBEGIN\n{body}END'
        )
        body = (
            f"  INSERT INTO change_log {log_cols} VALUES ({SQLITE_NOW}, {user}, "
            f"{_q(table)}, OLD.id, 'delete', NULL, {label_old}, NULL);\n"
        )
        if queued:
            body += (
                f'  INSERT INTO "{QUEUE_TABLE}" (table_name, row_id, action, at) '
                f"VALUES ({_q(table)}, OLD.id, 'delete', {SQLITE_NOW});\n"
            )
        out.append(
            f'CREATE TRIGGER IF NOT EXISTS "kalixplan_{table}_delete" AFTER DELETE ON '
            f'"{table}"\nWHEN {SQLITE_OUTSIDE}\nBEGIN\n{body}END'
        )
    return out


_COLUMN = re.compile(r'(\n\s*"?(?P<name>\w+)"?\s+(?P<type>[A-Z]+(?:\(\d+\))?))(?P<rest>[^,\n]*)')


def sqlite_table_with_defaults(sql: str, defaults: dict[str, str]) -> str:
    """A CREATE TABLE statement with DEFAULTs added to the named columns.

    NOT NULL columns also get ``ON CONFLICT REPLACE``: a client that sends an
    explicit NULL (as many GIS tools do for fields nobody filled in) gets the
    default instead of an error.
    """

    def edit(match: re.Match[str]) -> str:
        name, rest = match.group("name"), match.group("rest")
        if name not in defaults:
            return match.group(0)
        if "DEFAULT" in rest.upper():
            # A default of its own (a server default): only the explicit-NULL rescue is missing.
            if "NOT NULL" in rest and "ON CONFLICT" not in rest:
                return match.group(0).replace("NOT NULL", "NOT NULL ON CONFLICT REPLACE", 1)
            return match.group(0)
        if "NOT NULL" in rest:
            rest = rest.replace("NOT NULL", "NOT NULL ON CONFLICT REPLACE", 1)
        return f"{match.group(1)}{rest} DEFAULT {defaults[name]}"

    return _COLUMN.sub(edit, sql)


def sqlite_set_defaults(
    dbapi_conn: sqlite3.Connection, defaults: dict[str, dict[str, str]]
) -> None:
    """Add column DEFAULTs by editing the stored CREATE TABLE text.

    SQLite's documented way for changes that do not touch the stored rows
    ("Making Other Kinds Of Table Schema Changes", the writable_schema
    procedure): no table rebuild, so the R-tree triggers and indexes stay.
    Runs inside the caller's transaction.
    """
    changed = []
    for table, cols in defaults.items():
        row = dbapi_conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        if row is None:
            continue
        new = sqlite_table_with_defaults(row[0], cols)
        if new != row[0]:
            changed.append((new, table))
    if not changed:
        return
    version = dbapi_conn.execute("PRAGMA schema_version").fetchone()[0]
    dbapi_conn.execute("PRAGMA writable_schema = ON")
    try:
        dbapi_conn.executemany(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", changed
        )
        dbapi_conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        dbapi_conn.execute("PRAGMA writable_schema = OFF")


def install_sqlite(dbapi_conn: sqlite3.Connection, spec: Spec | None = None) -> None:
    """Defaults, queue table and triggers in a GeoPackage (inside the caller's transaction)."""
    from kalixplan.store.sqlscript import run_script

    spec = spec or live_spec()
    sqlite_set_defaults(dbapi_conn, spec.defaults)
    run_script(dbapi_conn, ";\n".join(sqlite_ddl(spec)) + ";\n")


def drop_sqlite(dbapi_conn: sqlite3.Connection) -> None:
    """Remove every KalixPlan trigger (the downgrade of revision 0003)."""
    names = [
        r[0]
        for r in dbapi_conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kalixplan_%'"
        )
    ]
    for name in names:
        dbapi_conn.execute(f'DROP TRIGGER "{name}"')


# --- PostgreSQL -----------------------------------------------------------------------


def mark_app_engine(engine: object) -> None:
    """Mark every session of a PostgreSQL engine as KalixPlan's (``kalixplan.app``)."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: object, record: object) -> None:
        cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
        cur.execute("SELECT set_config('kalixplan.app', 'on', false)")
        cur.close()
        dbapi_conn.commit()  # type: ignore[attr-defined]


def _pg_bad(rule: Rule, letters: str) -> str:
    col = f"NEW.{rule.column}"
    if rule.land_use:
        ok = f"({col} IN {_in_list(rule.values)} OR {col} ~ '^([{letters}][0-9]*[a-zåäö]*)+$')"
    else:
        ok = f"{col} IN {_in_list(rule.values)}"
    if rule.nullable:
        return f"{col} IS NOT NULL AND NOT {ok}"
    return f"{col} IS NULL OR NOT {ok}"


def postgres_ddl(spec: Spec) -> list[str]:
    """Functions, triggers, defaults and the queue table for PostGIS (idempotent)."""
    out = [
        f"CREATE TABLE IF NOT EXISTS {QUEUE_TABLE} (id serial PRIMARY KEY, "
        "table_name text NOT NULL, row_id integer NOT NULL, action text NOT NULL, "
        "at timestamptz NOT NULL DEFAULT now())"
    ]
    for table, cols in spec.columns.items():
        for col, default in (
            ("version", "1"),
            ("created_at", "now()"),
            ("updated_at", "now()"),
            ("example_data", "false"),
        ):
            out.append(f"ALTER TABLE {table} ALTER COLUMN {col} SET DEFAULT {default}")
        rules = [r for r in spec.rules if r.table == table]
        checks = "".join(
            f"    IF {_pg_bad(r, spec.land_use_letters)} THEN RAISE EXCEPTION "
            f"{_q(_message(r))} USING ERRCODE = 'check_violation'; END IF;\n"
            for r in rules
        )
        transitions = ""
        for column, known, pairs in _transitions_of(spec, table):
            transitions += (
                f"      IF NEW.{column} IS DISTINCT FROM OLD.{column} AND OLD.{column} IN "
                f"{_in_list(known)} AND OLD.{column} || '>' || NEW.{column} NOT IN "
                f"{_in_list(pairs)} THEN RAISE EXCEPTION {_q(_transition_message(table, column))} "
                "USING ERRCODE = 'check_violation'; END IF;\n"
            )
        label = spec.labels.get(table)
        queue = table in QUEUED
        geodesic = (
            "CASE WHEN NEW.geom IS NULL OR ST_IsEmpty(NEW.geom) THEN 0 ELSE "
            "ST_Area(ST_Transform(NEW.geom, 4326)::geography, true) END"
        )
        insert_extra = ""
        update_extra = ""
        if table == "parcels":
            insert_extra += (
                "      NEW.area_m2 := " + geodesic + ";\n      NEW.facts_stale := true;\n"
                "      NEW.status := coalesce(NEW.status, 'available');\n"
            )
            update_extra += (
                "        NEW.area_m2 := " + geodesic + ";\n        NEW.facts_stale := true;\n"
            )
        if table == "plans":
            insert_extra += (
                "      NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text);\n"
                "      NEW.municipality_code := coalesce(NEW.municipality_code, "
                "(SELECT value FROM project_settings WHERE key = 'municipality_code'), '');\n"
                "      NEW.plan_type := coalesce(NEW.plan_type, 'detaljplan');\n"
                "      NEW.procedure := coalesce(NEW.procedure, 'standard');\n"
                "      NEW.decision_type := coalesce(NEW.decision_type, 'new_plan');\n"
            )
        if table == "provisions":  # NS 4.1 objektidentitet, for a provision drawn in QGIS
            insert_extra += "      NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text);\n"
        q_ins = q_upd = q_del = ""
        if queue:
            q_ins = (
                f"      INSERT INTO {QUEUE_TABLE} (table_name, row_id, action) "
                f"VALUES ({_q(table)}, NEW.id, 'insert');\n"
            )
            q_upd = (
                f"        INSERT INTO {QUEUE_TABLE} (table_name, row_id, action) "
                f"VALUES ({_q(table)}, NEW.id, 'update');\n"
            )
            q_del = (
                f"    INSERT INTO {QUEUE_TABLE} (table_name, row_id, action) "
                f"VALUES ({_q(table)}, OLD.id, 'delete');\n"
            )
        geom_log = ""
        if "geom" in cols:
            geom_log = (
                "      IF NEW.geom IS DISTINCT FROM OLD.geom THEN\n"
                "        INSERT INTO change_log (at, user_name, table_name, row_id, action, "
                "field, old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, "
                "NEW.id, 'update', 'geom', ST_AsText(OLD.geom, 2), ST_AsText(NEW.geom, 2));\n"
                f"{update_extra}{q_upd}      END IF;\n"
            )
        lab_new = f"NEW.{label}::text" if label else "NULL"
        lab_old = f"OLD.{label}::text" if label else "NULL"
        fn = f"""CREATE OR REPLACE FUNCTION kalixplan_{table}_outside() RETURNS trigger
LANGUAGE plpgsql AS $kx$
DECLARE
  k text;
  o jsonb;
  n jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO change_log (at, user_name, table_name, row_id, action, field, old_value,
      new_value) VALUES (now(), session_user, TG_TABLE_NAME, OLD.id, 'delete', NULL,
      {lab_old}, NULL);
{q_del}    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
      NEW.version := coalesce(NEW.version, 1);
      NEW.created_at := coalesce(NEW.created_at, now());
      NEW.updated_at := coalesce(NEW.updated_at, now());
      NEW.example_data := coalesce(NEW.example_data, false);
{insert_extra}  END IF;
{checks}  IF TG_OP = 'INSERT' THEN
      INSERT INTO change_log (at, user_name, table_name, row_id, action, field,
        old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id, 'insert',
        NULL, NULL, {lab_new});
{q_ins}      RETURN NEW;
  END IF;
{transitions}      NEW.version := OLD.version + 1;
      NEW.updated_at := now();
      n := to_jsonb(NEW) - ARRAY{list(_NOT_LOGGED)}::text[];
      o := to_jsonb(OLD) - ARRAY{list(_NOT_LOGGED)}::text[];
      FOR k IN SELECT jsonb_object_keys(n) LOOP
        IF n -> k IS DISTINCT FROM o -> k THEN
          INSERT INTO change_log (at, user_name, table_name, row_id, action, field,
            old_value, new_value) VALUES (now(), session_user, TG_TABLE_NAME, NEW.id,
            'update', k, o ->> k, n ->> k);
        END IF;
      END LOOP;
{geom_log}      RETURN NEW;
END
$kx$"""
        out.append(fn)
        out.append(f"DROP TRIGGER IF EXISTS kalixplan_outside ON {table}")
        out.append(
            f"CREATE TRIGGER kalixplan_outside BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW WHEN ({PG_OUTSIDE}) EXECUTE FUNCTION kalixplan_{table}_outside()"
        )
        out.append(f"DROP TRIGGER IF EXISTS kalixplan_outside_delete ON {table}")
        out.append(
            f"CREATE TRIGGER kalixplan_outside_delete AFTER DELETE ON {table} "
            f"FOR EACH ROW WHEN ({PG_OUTSIDE}) EXECUTE FUNCTION kalixplan_{table}_outside()"
        )
    return out


def install_postgres(conn: Connection, spec: Spec | None = None) -> None:
    """Install the PostGIS triggers on the caller's transaction."""
    for statement in postgres_ddl(spec or live_spec()):
        conn.exec_driver_sql(statement)


def drop_postgres(conn: Connection, tables: tuple[str, ...]) -> None:
    """Remove the PostGIS triggers and functions (the downgrade of revision 0003)."""
    for table in tables:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS kalixplan_outside ON {table}")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS kalixplan_outside_delete ON {table}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS kalixplan_{table}_outside()")


def missing_guards(conn: Connection) -> list[str]:
    """The editable tables that lack their outside-edit triggers (empty: all in place)."""
    tables = list(live_spec().columns)
    if conn.dialect.name == "sqlite":
        present = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'kalixplan_%_update'"
            )
        }
    else:
        present = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'kalixplan_outside'"
            )
        }
    return [t for t in tables if t not in present]


def install(conn: Connection) -> None:
    """(Re)install the guards on either engine, inside the caller's transaction."""
    if conn.dialect.name == "sqlite":
        install_sqlite(conn.connection.dbapi_connection)  # type: ignore[arg-type]
    else:
        install_postgres(conn)
