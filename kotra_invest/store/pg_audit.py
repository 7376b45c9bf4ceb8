"""The audit machinery of the shared PostgreSQL server: the database writes the audit trail.

Two layers, both idempotent (CREATE OR REPLACE, triggers dropped and made again):

- `install_chain` (run by migration 0007 on every PostgreSQL database): the hash chains of
  audit_log and access_log (store.audit_chain explains them), sealed by BEFORE INSERT triggers
  under a transaction-level advisory lock, so 50 officers appending at once queue up and each
  links to the committed head; the append-only guards (UPDATE, DELETE and TRUNCATE refused to
  everyone, superusers included unless they switch the triggers off); and the two functions
  that alone may touch old entries, SECURITY DEFINER and for admins only: the erasure of a
  person's values (`kotra_erase_personal_data`) and the purge of access-log entries past their
  retention (`kotra_purge_access_log`), each of which writes its own chained entry.
- `install` (run by `kotra-invest server init`): the above, plus an AFTER row trigger on every
  audited table, so that a write from psql is recorded as surely as one from the app, with the
  connection's session user as the actor. Once it is installed the application writes no audit
  entries of its own on this server (services.unit_of_work asks `database_writes_audit`); it
  hands the trigger its context instead, in transaction-local settings: `kotra.source`
  (desktop, cli, import:<file> …), `kotra.change_set`, and `kotra.actor`, which is believed only
  from the database owner or a superuser (who can switch triggers off anyway): anyone else is
  recorded as who the server says they are. The trigger function runs as the owner, so officers
  need, and get, no INSERT on audit_log: nobody can forge an entry.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from kotra_invest.store.audit_chain import REDACTED

# The personal fields of a contact (services.privacy.PERSONAL_FIELDS): what an erasure redacts.
PERSONAL_FIELDS = ("full_name", "name_ko", "job_title", "email", "phone", "source", "notes", "consent_on")
# The fields of the person's enquiries that may name them (services.privacy.ENQUIRY_FIELDS).
ENQUIRY_FIELDS = ("contact_name", "subject", "body", "answer")
# The erasure function's signature (migration 0020 added the enquiries; an old two-argument call
# still works through the default).
ERASE_SIGNATURE = "kotra_erase_personal_data(uuid, text, uuid[])"
ADMIN_ROLE = "kotra_admin"  # domain.rules.GROUP_ROLES["admin"]
GROUP_ROLES = ("kotra_admin", "kotra_leader", "kotra_officer", "kotra_viewer")
# pg_advisory_xact_lock keys: one queue per chain.
AUDIT_LOCK = 7_411_001
ACCESS_LOCK = 7_411_002
_BOOKKEEPING = ("id", "created_at", "updated_at", "updated_by", "version")


def _helpers() -> list[str]:
    owner = "(SELECT relowner FROM pg_class WHERE oid = 'audit_log'::regclass)"
    return [
        """CREATE OR REPLACE FUNCTION kotra_canon(parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT coalesce(string_agg(CASE WHEN p IS NULL THEN '-|' ELSE length(p)::text || ':' || p || '|' END,
                                       '' ORDER BY i), '')
            FROM unnest(parts) WITH ORDINALITY AS u(p, i) $$""",
        """CREATE OR REPLACE FUNCTION kotra_sha256(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT encode(sha256(convert_to(value, 'UTF8')), 'hex') $$""",
        """CREATE OR REPLACE FUNCTION kotra_micros(at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT (extract(epoch FROM at) * 1000000)::bigint::text $$""",
        """CREATE OR REPLACE FUNCTION kotra_hex(id uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT replace(id::text, '-', '') $$""",
        # The owner (or a superuser) at the wheel: true inside the SECURITY DEFINER functions.
        f"""CREATE OR REPLACE FUNCTION kotra_owner_acting() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT pg_has_role(current_user, {owner}, 'MEMBER') $$""",
        # A login that owns the data (or is a superuser): its app may speak for an officer.
        f"""CREATE OR REPLACE FUNCTION kotra_trusted() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT pg_has_role(session_user, {owner}, 'MEMBER') $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN pg_has_role(session_user, {owner}, 'MEMBER') THEN true
                        WHEN to_regrole('{ADMIN_ROLE}') IS NULL THEN false
                        ELSE pg_has_role(session_user, '{ADMIN_ROLE}', 'MEMBER') END $$""",
        """CREATE OR REPLACE FUNCTION kotra_actor() RETURNS text LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN kotra_trusted() AND coalesce(current_setting('kotra.actor', true), '') <> ''
                        THEN current_setting('kotra.actor', true) ELSE session_user::text END $$""",
        """CREATE OR REPLACE FUNCTION kotra_source() RETURNS text LANGUAGE sql STABLE AS $$
            SELECT coalesce(nullif(current_setting('kotra.source', true), ''), 'sql') $$""",
        # One change set per transaction unless the app named one.
        """CREATE OR REPLACE FUNCTION kotra_change_set() RETURNS uuid LANGUAGE plpgsql VOLATILE AS $$
            DECLARE cs text := nullif(current_setting('kotra.change_set', true), '');
            BEGIN
                IF cs IS NULL THEN
                    cs := gen_random_uuid()::text;
                    PERFORM set_config('kotra.change_set', cs, true);
                END IF;
                RETURN cs::uuid;
            END $$""",
        """CREATE OR REPLACE FUNCTION kotra_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
            END $$""",
    ]


def _audit_chain() -> list[str]:
    audit_hash = (
        "kotra_sha256(kotra_canon(ARRAY[NEW.seq::text, kotra_hex(NEW.id), kotra_micros(NEW.at), NEW.actor, "
        "NEW.source, kotra_hex(NEW.change_set), NEW.entity, kotra_hex(NEW.record_id), NEW.action::text, "
        "NEW.field, NEW.value_digest, NEW.prev_hash]))"
    )
    same = " AND ".join(
        f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}"
        for c in (
            "id",
            "at",
            "actor",
            "source",
            "change_set",
            "entity",
            "record_id",
            "action",
            "field",
            "seq",
            "prev_hash",
            "value_digest",
            "hash",
        )
    )
    values = " AND ".join(
        f"(NEW.{c} IS NOT DISTINCT FROM OLD.{c} OR NEW.{c} = '{REDACTED}')" for c in ("old_value", "new_value")
    )
    return [
        f"""CREATE OR REPLACE FUNCTION kotra_chain_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE head_seq bigint; head_hash text;
            BEGIN
                -- Once the database writes the trail, only its own functions may append to it.
                IF to_regproc('kotra_audit_row') IS NOT NULL AND NOT kotra_owner_acting() THEN
                    RAISE EXCEPTION 'audit_log is written by the database' USING ERRCODE = '42501';
                END IF;
                PERFORM pg_advisory_xact_lock({AUDIT_LOCK});
                SELECT seq, hash INTO head_seq, head_hash FROM audit_log
                    WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
                NEW.seq := coalesce(head_seq, 0) + 1;
                NEW.prev_hash := coalesce(head_hash, '');
                NEW.value_nonce := replace(gen_random_uuid()::text, '-', '');
                NEW.value_digest := kotra_sha256(kotra_canon(ARRAY[NEW.value_nonce, NEW.old_value, NEW.new_value]));
                NEW.hash := {audit_hash};
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS audit_log_chain ON audit_log",
        "CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION kotra_chain_audit()",
        # The guard of migration 0002, narrowed: the one UPDATE let through is the redaction made
        # by kotra_erase_personal_data (running as the owner, for the record it names).
        f"""CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    IF current_setting('kotra.redacting', true) = OLD.record_id::text AND kotra_owner_acting()
                       AND {same} AND {values} AND NEW.value_nonce IS NULL THEN
                        RETURN NEW;
                    END IF;
                END IF;
                RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '42501';
            END $$""",
        "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
        "EXECUTE FUNCTION kotra_refuse()",
    ]


def _access_chain() -> list[str]:
    access_hash = (
        "kotra_sha256(kotra_canon(ARRAY[NEW.seq::text, kotra_hex(NEW.id), kotra_micros(NEW.at), NEW.actor, "
        "NEW.host, NEW.address, NEW.action, NEW.what, NEW.subject, NEW.contact_ids, NEW.contact_count::text, "
        "NEW.reason, NEW.source, NEW.detail, NEW.prev_hash]))"
    )
    return [
        f"""CREATE OR REPLACE FUNCTION kotra_chain_access() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE head_seq bigint; head_hash text;
            BEGIN
                IF NEW.action = 'purge' AND NOT kotra_owner_acting() THEN
                    RAISE EXCEPTION 'only kotra_purge_access_log records a purge' USING ERRCODE = '42501';
                END IF;
                -- Who, when and from where are the server's to say, not the client's.
                IF NOT kotra_trusted() THEN
                    NEW.actor := session_user;
                    NEW.at := clock_timestamp();
                END IF;
                NEW.address := coalesce(host(inet_client_addr()), NEW.address);
                PERFORM pg_advisory_xact_lock({ACCESS_LOCK});
                SELECT seq, hash INTO head_seq, head_hash FROM access_log
                    WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
                NEW.seq := coalesce(head_seq, 0) + 1;
                NEW.prev_hash := coalesce(head_hash, '');
                NEW.hash := {access_hash};
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS access_log_chain ON access_log",
        "CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION kotra_chain_access()",
        """CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    IF current_setting('kotra.purging', true) = 'on' AND kotra_owner_acting() THEN
                        RETURN OLD;
                    END IF;
                END IF;
                RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = '42501';
            END $$""",
        "DROP TRIGGER IF EXISTS access_log_append_only ON access_log",
        "CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW "
        "EXECUTE FUNCTION access_log_append_only()",
        "DROP TRIGGER IF EXISTS access_log_no_truncate ON access_log",
        "CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT "
        "EXECUTE FUNCTION kotra_refuse()",
    ]


def _privileged_functions(schema: str) -> list[str]:
    personal = ", ".join(f"'{f}'" for f in PERSONAL_FIELDS)
    enquiry_fields = ", ".join(f"'{f}'" for f in ENQUIRY_FIELDS)
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return [
        # The two-argument function of before migration 0020 would make every call ambiguous.
        "DROP FUNCTION IF EXISTS kotra_erase_personal_data(uuid, text)",
        # p_enquiries: the person's enquiries (services.privacy finds them by name); the history of
        # the fields that may name them is redacted too, one record at a time (the append-only
        # guard lets through the redaction of the record named in kotra.redacting only).
        f"""CREATE OR REPLACE FUNCTION kotra_erase_personal_data(p_record uuid, p_reason text,
                                                             p_enquiries uuid[] DEFAULT '{{}}')
            RETURNS integer LANGUAGE plpgsql {definer} AS $$
            DECLARE redacted integer; more integer; enquiry uuid;
            BEGIN
                IF NOT kotra_is_admin() THEN
                    RAISE EXCEPTION 'only an admin may erase personal data' USING ERRCODE = '42501';
                END IF;
                IF p_reason IS NULL OR btrim(p_reason) = '' THEN
                    RAISE EXCEPTION 'an erasure needs a reason' USING ERRCODE = '22023';
                END IF;
                PERFORM set_config('kotra.redacting', p_record::text, true);
                UPDATE audit_log
                    SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE '{REDACTED}' END,
                        new_value = CASE WHEN new_value IS NULL THEN NULL ELSE '{REDACTED}' END,
                        value_nonce = NULL
                    WHERE record_id = p_record AND value_nonce IS NOT NULL AND action <> 'erase'
                      AND (field IS NULL OR field IN ({personal}));
                GET DIAGNOSTICS redacted = ROW_COUNT;
                FOREACH enquiry IN ARRAY coalesce(p_enquiries, '{{}}') LOOP
                    PERFORM set_config('kotra.redacting', enquiry::text, true);
                    UPDATE audit_log
                        SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE '{REDACTED}' END,
                            new_value = CASE WHEN new_value IS NULL THEN NULL ELSE '{REDACTED}' END,
                            value_nonce = NULL
                        WHERE record_id = enquiry AND entity = 'enquiry' AND value_nonce IS NOT NULL
                          AND (field IS NULL OR field IN ({enquiry_fields}));
                    GET DIAGNOSTICS more = ROW_COUNT;
                    redacted := redacted + more;
                    INSERT INTO audit_log (id, at, actor, source, change_set, entity, record_id, action, field,
                                           new_value)
                        VALUES (gen_random_uuid(), clock_timestamp(), kotra_actor(), kotra_source(),
                                kotra_change_set(), 'enquiry', enquiry, 'erase', 'personal_data', p_reason);
                END LOOP;
                PERFORM set_config('kotra.redacting', '', true);
                INSERT INTO audit_log (id, at, actor, source, change_set, entity, record_id, action, field, new_value)
                    VALUES (gen_random_uuid(), clock_timestamp(), kotra_actor(), kotra_source(), kotra_change_set(),
                            'contact', p_record, 'erase', 'personal_data', p_reason);
                RETURN redacted;
            END $$""",
        f"REVOKE ALL ON FUNCTION {ERASE_SIGNATURE} FROM PUBLIC",
        f"""CREATE OR REPLACE FUNCTION kotra_purge_access_log(p_before timestamptz) RETURNS integer
            LANGUAGE plpgsql {definer} AS $$
            DECLARE keep_days integer; last_seq bigint; last_hash text; purged integer;
            BEGIN
                IF NOT kotra_is_admin() THEN
                    RAISE EXCEPTION 'only an admin may purge the access log' USING ERRCODE = '42501';
                END IF;
                keep_days := coalesce((SELECT value::integer FROM app_setting
                                       WHERE key = 'access_log_retention_days'), 730);
                IF p_before > now() - make_interval(days => keep_days) THEN
                    RAISE EXCEPTION 'access-log entries are kept % days', keep_days USING ERRCODE = '22023';
                END IF;
                PERFORM pg_advisory_xact_lock({ACCESS_LOCK});
                SELECT max(seq) INTO last_seq FROM access_log WHERE at < p_before;
                IF last_seq IS NULL THEN
                    RETURN 0;
                END IF;
                SELECT hash INTO last_hash FROM access_log WHERE seq = last_seq;
                PERFORM set_config('kotra.purging', 'on', true);
                DELETE FROM access_log WHERE seq <= last_seq;
                GET DIAGNOSTICS purged = ROW_COUNT;
                PERFORM set_config('kotra.purging', '', true);
                INSERT INTO access_log (id, at, actor, action, what, contact_count, reason, source, detail)
                    VALUES (gen_random_uuid(), clock_timestamp(), kotra_actor(), 'purge', 'access_log', 0,
                            'retention', kotra_source(),
                            json_build_object('purged', purged, 'through_seq', last_seq, 'anchor', last_hash,
                                              'before', p_before)::text);
                RETURN purged;
            END $$""",
        "REVOKE ALL ON FUNCTION kotra_purge_access_log(timestamptz) FROM PUBLIC",
    ]


def _row_trigger(schema: str) -> str:
    skip = ", ".join(f"'{c}'" for c in _BOOKKEEPING)
    columns = "(id, at, actor, source, change_set, entity, record_id, action, field, old_value, new_value)"
    head = "gen_random_uuid(), clock_timestamp(), who, src, cs, TG_TABLE_NAME"
    # SECURITY DEFINER: it appends as the owner (officers hold no INSERT on audit_log), while
    # session_user stays the officer. UTC, so instants read as the app writes them.
    return f"""CREATE OR REPLACE FUNCTION kotra_audit_row() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp SET timezone TO 'UTC' AS $$
        DECLARE
            old_j jsonb; new_j jsonb; k text; who text; src text; cs uuid;
            skip text[] := ARRAY[{skip}];
        BEGIN
            -- The owner's bulk loads (demo data) write one summary entry of their own.
            IF current_setting('kotra.bulk', true) = 'on' AND kotra_trusted() THEN
                RETURN NULL;
            END IF;
            who := kotra_actor();
            src := kotra_source();
            cs := kotra_change_set();
            IF TG_OP = 'INSERT' THEN
                new_j := to_jsonb(NEW);
                INSERT INTO audit_log {columns} VALUES ({head}, (new_j ->> 'id')::uuid, 'insert', NULL, NULL,
                    (SELECT jsonb_object_agg(key, value) FROM jsonb_each(jsonb_strip_nulls(new_j))
                     WHERE key <> ALL(skip) AND value <> '[]'::jsonb)::text);
            ELSIF TG_OP = 'UPDATE' THEN
                old_j := to_jsonb(OLD);
                new_j := to_jsonb(NEW);
                FOR k IN SELECT key FROM jsonb_object_keys(new_j) AS key WHERE key <> ALL(skip) LOOP
                    IF (old_j -> k) IS DISTINCT FROM (new_j -> k) THEN
                        INSERT INTO audit_log {columns} VALUES ({head}, (new_j ->> 'id')::uuid,
                            CASE WHEN k <> 'deleted_at' THEN 'update'
                                 WHEN new_j ->> k IS NULL THEN 'restore' ELSE 'delete' END,
                            k, old_j ->> k, new_j ->> k);
                    END IF;
                END LOOP;
            ELSE
                old_j := to_jsonb(OLD);
                INSERT INTO audit_log {columns} VALUES ({head}, (old_j ->> 'id')::uuid, 'delete', NULL,
                    (SELECT jsonb_object_agg(key, value) FROM jsonb_each(jsonb_strip_nulls(old_j))
                     WHERE key <> ALL(skip))::text, NULL);
            END IF;
            RETURN NULL;
        END $$"""


def _schema(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_schema()")).scalar())


def _run(connection: Connection, statements: list[str]) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement.replace("%", "%%"))  # the driver reads % as a placeholder


def install_chain(connection: Connection) -> None:
    """The hash chains, the append-only guards and the admin-only functions (migration 0007)."""
    schema = _schema(connection)
    _run(connection, [*_helpers(), *_audit_chain(), *_access_chain(), *_privileged_functions(schema)])


def audited_tables(connection: Connection) -> list[str]:
    """The tables whose rows are records (every `Synced` model) that exist in this database."""
    from kotra_invest.domain.base import Base, Synced

    names = sorted(
        m.class_.__tablename__
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced) and hasattr(m.class_, "__tablename__")
    )
    existing = set(
        connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars()
    )
    return [n for n in names if n in existing]


def install(connection: Connection) -> None:
    """Make the database the writer of its audit trail (idempotent; `server init` runs it after
    every upgrade). Run by the database owner, inside the caller's transaction."""
    if connection.dialect.name != "postgresql":
        return
    schema = _schema(connection)
    install_chain(connection)
    statements = [_row_trigger(schema)]
    for table in audited_tables(connection):
        statements += [
            f'DROP TRIGGER IF EXISTS kotra_audit ON "{table}"',
            f'CREATE TRIGGER kotra_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION kotra_audit_row()",
        ]
    # Reading the trail is for row-level security to limit; writing it is for nobody.
    roles = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(GROUP_ROLES)}
        ).scalars()
    )
    statements += [
        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
        "REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC",
    ]
    for role in sorted(roles):
        statements += [
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}",
            f"REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM {role}",
            f"GRANT SELECT ON audit_log TO {role}",
            f"GRANT SELECT, INSERT ON access_log TO {role}",
        ]
    if ADMIN_ROLE in roles:
        statements += [
            f"GRANT EXECUTE ON FUNCTION {ERASE_SIGNATURE} TO {ADMIN_ROLE}",
            f"GRANT EXECUTE ON FUNCTION kotra_purge_access_log(timestamptz) TO {ADMIN_ROLE}",
        ]
    _run(connection, statements)


def database_writes_audit(connection: Connection) -> bool:
    """Whether `install` has run here: then the row triggers, not the app, write the trail."""
    return bool(connection.execute(text("SELECT to_regproc('kotra_audit_row') IS NOT NULL")).scalar())


def uninstall(connection: Connection) -> None:
    """Undo `install` and `install_chain` (migration 0007 going down); the tables stay."""
    statements = [f'DROP TRIGGER IF EXISTS kotra_audit ON "{t}"' for t in audited_tables(connection)]
    statements += [
        "DROP TRIGGER IF EXISTS audit_log_chain ON audit_log",
        "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
        "DROP FUNCTION IF EXISTS kotra_audit_row()",
        "DROP FUNCTION IF EXISTS kotra_chain_audit()",
        "DROP FUNCTION IF EXISTS kotra_chain_access() CASCADE",
        "DROP FUNCTION IF EXISTS access_log_append_only() CASCADE",
        f"DROP FUNCTION IF EXISTS {ERASE_SIGNATURE}",
        "DROP FUNCTION IF EXISTS kotra_erase_personal_data(uuid, text)",  # before migration 0020
        "DROP FUNCTION IF EXISTS kotra_purge_access_log(timestamptz)",
        "DROP FUNCTION IF EXISTS kotra_refuse() CASCADE",
    ]
    for helper in (
        "kotra_canon(text[])",
        "kotra_sha256(text)",
        "kotra_micros(timestamptz)",
        "kotra_hex(uuid)",
        "kotra_actor()",
        "kotra_source()",
        "kotra_change_set()",
        "kotra_is_admin()",
        "kotra_trusted()",
        "kotra_owner_acting()",
    ):
        statements.append(f"DROP FUNCTION IF EXISTS {helper}")
    _run(connection, statements)
