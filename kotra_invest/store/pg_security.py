"""The shared server's own enforcement of the rules: group roles, least-privilege grants and
row-level security, generated from domain/rules.RULES (the same table the service layer reads).

`install(conn)` is what `kotra-invest server init` runs, connected as the database's owner,
after `db upgrade` (and again after every upgrade). Every statement is idempotent.

- Group roles kotra_viewer ⊂ kotra_officer ⊂ kotra_leader ⊂ kotra_admin (each a member of the
  one before, so it has its rights); officers' logins are members of exactly one.
- Grants: every group reads every table; officers insert and update the tables with a rule
  (their sequences too) and the audit trail (insert only); admins alone write reference data
  and users. Nobody but the owner deletes, except link rows (a delegation's FEZ list).
  Default privileges give later migrations' tables read access only, until `server init` runs
  again and states their rules.
- Row-level security on every table with a rule: what domain/rules.py says, as policies calling
  a few SECURITY DEFINER functions (owned by the owner, so they read officer and project rows
  whatever the caller may see). The owner is not bound by them (it owns the tables) — it runs
  migrations and could change anything anyway.
- The search index's trigger functions run as the owner, so officers need no rights on the
  index tables beyond reading them; the documents of hidden records are hidden too.
- Logins are made and changed through one function, `kotra_set_login`, that only admins (and
  the owner) may call: admins need no CREATEROLE, and it touches only kotra-invest logins.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from kotra_invest.domain.rules import GROUP_ROLES, RULES, RecordRule, hidden_with_project
from kotra_invest.store.search_index import (
    INDEXED,
    doc_table,
    named,
    pg_name_keys,
    postgresql_search,
    postgresql_search_all,
)

VIEWER, OFFICER, LEADER, ADMIN = (GROUP_ROLES[r] for r in ("viewer", "officer", "leader", "admin"))
POLICY_PREFIX = "kotra_"
_DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp"


def _helpers() -> list[str]:
    """The functions the policies call: who is signed in, and the rules' building blocks.
    (Parameters are p_…: a bare name would be taken for a column of the same name.)"""
    out = [
        f"""CREATE OR REPLACE FUNCTION kotra_in_group(p_group text) RETURNS boolean {_DEFINER} AS $$
            SELECT EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = p_group
                           AND pg_has_role(session_user, g.oid, 'MEMBER')) $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_me() RETURNS uuid {_DEFINER} AS $$
            SELECT id FROM officer WHERE login = session_user AND deleted_at IS NULL AND active $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_my_office() RETURNS uuid {_DEFINER} AS $$
            SELECT office_id FROM officer WHERE login = session_user AND deleted_at IS NULL AND active $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_is_admin() RETURNS boolean {_DEFINER} AS $$
            SELECT kotra_in_group('{ADMIN}') AND kotra_me() IS NOT NULL $$""",
        # A deactivated officer (or a login with no officer record) changes nothing.
        f"""CREATE OR REPLACE FUNCTION kotra_may_change() RETURNS boolean {_DEFINER} AS $$
            SELECT kotra_in_group('{OFFICER}') AND kotra_me() IS NOT NULL $$""",
        # domain/rules: a record nobody owns is everybody's to keep up to date.
        f"""CREATE OR REPLACE FUNCTION kotra_team_owns(p_owner uuid) RETURNS boolean {_DEFINER} AS $$
            SELECT p_owner IS NULL OR p_owner = kotra_me()
                OR (kotra_my_office() IS NOT NULL
                    AND (SELECT o.office_id FROM officer o WHERE o.id = p_owner) = kotra_my_office()) $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_sees(p_confidential boolean, p_owner uuid) RETURNS boolean {_DEFINER} AS $$
            SELECT {_sees("p_confidential", "p_owner")} $$""",
        # Whether the signed-in login is bound by row-level security at all (the owner and a
        # superuser are not): the search functions then hide nothing either.
        f"""CREATE OR REPLACE FUNCTION kotra_unbound() RETURNS boolean {_DEFINER} AS $$
            SELECT coalesce((SELECT r.rolsuper OR r.rolbypassrls
                                    OR r.oid = (SELECT c.relowner FROM pg_class c WHERE c.oid = 'project'::regclass)
                             FROM pg_roles r WHERE r.rolname = session_user), false) $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_project_visible(p_project uuid) RETURNS boolean {_DEFINER} AS $$
            SELECT p_project IS NULL
                OR coalesce((SELECT kotra_sees(p.confidential, p.owner_id) FROM project p WHERE p.id = p_project), true) $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_leads_investor(p_investor uuid) RETURNS boolean {_DEFINER} AS $$
            SELECT p_investor IS NOT NULL AND kotra_in_group('{LEADER}') AND EXISTS (
                SELECT 1 FROM meeting_target t JOIN delegation d ON d.id = t.delegation_id
                WHERE t.investor_id = p_investor AND t.deleted_at IS NULL AND d.deleted_at IS NULL
                  AND d.leader_id = kotra_me()) $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_member_of(p_delegation uuid) RETURNS boolean {_DEFINER} AS $$
            SELECT p_delegation IS NOT NULL AND EXISTS (
                SELECT 1 FROM delegation_member m WHERE m.delegation_id = p_delegation
                  AND m.officer_id = kotra_me() AND m.deleted_at IS NULL) $$""",
        f"""CREATE OR REPLACE FUNCTION kotra_may_write(p_owner uuid, p_also uuid, p_investor uuid, p_delegation uuid)
            RETURNS boolean {_DEFINER} AS $$
            SELECT kotra_is_admin() OR (kotra_may_change() AND (
                kotra_team_owns(p_owner) OR (p_also IS NOT NULL AND p_also = kotra_me())
                OR kotra_member_of(p_delegation) OR kotra_leads_investor(p_investor))) $$""",
    ]
    # The owner of a record of each table others are owned through (a contact as its investor).
    # Parents first: a function must exist before one that calls it is created.
    parents = {table for rule in RULES.values() for _, table in rule.parents}
    ordered: list[str] = []

    def visit(table: str) -> None:
        for _, parent in RULES[table].parents:
            if parent not in ordered:
                visit(parent)
        if table not in ordered:
            ordered.append(table)

    for table in sorted(parents):
        visit(table)
    for table in ordered:
        out.append(
            f"""CREATE OR REPLACE FUNCTION kotra_owner_{table}(p_record uuid) RETURNS uuid {_DEFINER} AS $$
                SELECT {_owner_expr(RULES[table], row="r")} FROM {table} r WHERE r.id = p_record $$"""
        )
    for table, column in hidden_with_project().items():
        if column != "id":
            out.append(
                f"""CREATE OR REPLACE FUNCTION kotra_visible_{table}(p_record uuid) RETURNS boolean {_DEFINER} AS $$
                    SELECT coalesce((SELECT kotra_project_visible(r.{column}) FROM {table} r
                                     WHERE r.id = p_record), true) $$"""
            )
    return out


def _hidden_papers_function() -> str:
    """The documents a record's delete would take that the signed-in officer may not see (a
    confidential project's papers under their investor), and whose they are: the delete refuses
    them by name (services/records.py), as the embedded file does, instead of leaving them live
    under a record that is gone. `p_kinds`: the record's own kind, then the kinds it hides, whose
    documents name it in `p_under` (investor_id, project_id); `p_since`: NULL for the live ones,
    else those deleted at or after it (what the delete's undo would bring back)."""
    owner = _owner_expr(RULES["document"], row="d")
    return f"""CREATE OR REPLACE FUNCTION kotra_hidden_papers(p_kinds text[], p_record uuid, p_under text,
            p_since timestamptz) RETURNS TABLE(id uuid, owner_id uuid) {_DEFINER} AS $$
        SELECT d.id, {owner} FROM document d
        WHERE d.superseded_by IS NULL AND NOT kotra_unbound() AND NOT kotra_project_visible(d.project_id)
          AND (CASE WHEN p_since IS NULL THEN d.deleted_at IS NULL ELSE d.deleted_at >= p_since END)
          AND ((d.record_kind = p_kinds[1] AND d.record_id = p_record)
               OR (d.record_kind = ANY(p_kinds[2:]) AND
                   CASE p_under WHEN 'investor' THEN d.investor_id WHEN 'project' THEN d.project_id END = p_record))
        $$"""


def _sees(
    confidential: str,
    owner: str,
    signed_in: tuple[str, str, str] = ("kotra_is_admin()", "kotra_me()", "kotra_my_office()"),
) -> str:
    """domain/rules: may the signed-in officer see a project (confidential, owned by `owner`)?
    `signed_in`: SQL for (is admin, my officer id, my office), per call or once per statement."""
    admin, me, office = signed_in
    return (
        f"NOT {confidential} OR {admin} OR ({owner} IS NOT NULL AND {owner} = {me})"
        f" OR ({office} IS NOT NULL AND (SELECT o.office_id FROM officer o WHERE o.id = {owner}) = {office})"
    )


def _search_functions() -> list[str]:
    """The search of each kind as the owner (the kinds a confidential project hides checked hit by hit).

    Under row-level security PostgreSQL uses an index only for LEAKPROOF operators, and neither
    the arrays' @> nor ILIKE is one (only a superuser could mark them): every document of the
    kind was read and the policy's functions called for each — 7 s a search at 30,000 meetings,
    as an officer. As the owner the statement uses its indexes; each hit is then checked against
    kotra_project_visible's rule, written out with the signed-in officer looked up once per
    statement (InitPlans), so the check is an index probe per hit, before each tier's LIMIT.
    """
    visible = _search_visibility()
    # The function's own names for the statement's parameters (see search_index); the terms'
    # pairs computed once per call.
    variables = {
        "q": "p_q",
        "terms": "p_terms",
        "patterns": "p_patterns",
        "n": "p_n",
        "pairs": "v_pairs",
        "names": "v_names",
        "kinds": "p_kinds",
    }
    head = f"""#variable_conflict use_column
            DECLARE
                v_joined text := array_to_string(p_terms, ' ');
                v_pairs text[] := search_bigrams(v_joined);
                v_names text[] := {pg_name_keys("search_name_grams(v_joined, '')")};
            BEGIN"""
    # Static SQL, so each connection plans it once and keeps the plan (planning the eight kinds'
    # tiers took 10-40 ms a call, more than running them). One generic plan suits every term:
    # the tiers choose between their ways at run time (search_index.postgresql_search).
    cached = "SET plan_cache_mode = force_generic_plan"
    out = []
    for ix in INDEXED:
        # Never hidden kinds too: even a policy of `true` keeps the GIN lookups out of reach
        # (measured: 22-36 ms as an officer against 3 ms as the owner for investors).
        body = named(postgresql_search(ix.kind, visible.get(ix.kind, "true")), variables)
        out.append(
            f"""CREATE OR REPLACE FUNCTION kotra_search_{ix.kind}(p_q text, p_terms text[], p_patterns text[], p_n integer)
            RETURNS TABLE(tier integer, name_order text, newest bigint, ref uuid, label text, parent_ref uuid)
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp {cached} AS $fn$
            {head}
                RETURN QUERY {body};
            END $fn$"""
        )
    # The search box asks for every kind at once: one call, so one round trip for all of them
    # instead of one per kind (each a queue wait on a busy server).
    body = named(postgresql_search_all(visible), variables)
    out.append(
        f"""CREATE OR REPLACE FUNCTION kotra_search(p_q text, p_terms text[], p_patterns text[], p_n integer,
                                                    p_kinds text[])
        RETURNS TABLE(kind text, tier integer, name_order text, newest bigint, ref uuid, label text, parent_ref uuid)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp {cached} AS $fn$
        {head}
            RETURN QUERY {body};
        END $fn$"""
    )
    return out


def _search_visibility() -> dict[str, str]:
    """Per kind a confidential project hides: the SQL condition a hit `d` must meet, each hit
    checked against kotra_project_visible's rule, written out with the signed-in officer looked
    up once per statement (InitPlans), so the check is an index probe per hit, before each
    tier's LIMIT. The owner and a superuser (unbound by row-level security) see everything."""
    hidden = hidden_with_project()
    once = ("(SELECT kotra_is_admin())", "(SELECT kotra_me())", "(SELECT kotra_my_office())")
    hides = f"({_sees('p.confidential', 'p.owner_id', once)}) IS FALSE"  # coalesce(sees, true) is false
    out = {}
    for ix in INDEXED:
        column = hidden.get(ix.table)
        if column is None:
            continue
        if column == "id":
            hit_hidden = f"EXISTS (SELECT 1 FROM project p WHERE p.id = d.ref AND {hides})"
        else:
            hit_hidden = (
                f"EXISTS (SELECT 1 FROM {ix.table} r JOIN project p ON p.id = r.{column}"
                f" WHERE r.id = d.ref AND {hides})"
            )
        out[ix.kind] = f"((SELECT kotra_unbound()) OR NOT {hit_hidden})"
    return out


def _col(row: str | None, column: str) -> str:
    return f"{row}.{column}" if row else column


def _owner_expr(rule: RecordRule, row: str | None = None) -> str:
    """SQL for the owning officer of a row, as access.owner_of computes it."""
    parts = [_col(row, rule.owner)] if rule.owner else []
    parts += [f"kotra_owner_{table}({_col(row, column)})" for column, table in rule.parents]
    if not parts:
        return "NULL::uuid"
    return parts[0] if len(parts) == 1 else f"coalesce({', '.join(parts)})"


def _or_null(column: str | None) -> str:
    return column if column else "NULL::uuid"


def write_check(rule: RecordRule) -> str:
    """The policy expression: may the signed-in officer change this row (domain/rules.py)?"""
    if rule.admin_only:
        return "kotra_is_admin()"
    return (
        f"kotra_may_write({_owner_expr(rule)}, {_or_null(rule.also)}, {_or_null(rule.investor)}, "
        f"{_or_null(rule.delegation)})"
    )


def read_check(rule: RecordRule) -> str:
    """The policy expression: does this row exist for the signed-in officer?"""
    if rule.project == "id":
        return "kotra_sees(confidential, owner_id)"
    if rule.project:
        return f"kotra_project_visible({rule.project})"
    return "true"


def _policies(rule: RecordRule) -> list[str]:
    t = rule.table
    name = f"{POLICY_PREFIX}{t}"
    out = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]
    out += [f"DROP POLICY IF EXISTS {name}_{verb} ON {t}" for verb in ("read", "add", "change", "remove")]
    out += [
        f"CREATE POLICY {name}_read ON {t} FOR SELECT USING ({read_check(rule)})",
        f"CREATE POLICY {name}_add ON {t} FOR INSERT WITH CHECK ({write_check(rule)})",
        # USING: the row as stored (whose it is now); WITH CHECK: it may be handed to anyone,
        # but only by someone who may change records at all.
        f"CREATE POLICY {name}_change ON {t} FOR UPDATE USING ({write_check(rule)}) "
        f"WITH CHECK ({'kotra_is_admin()' if rule.admin_only else 'kotra_may_change() OR kotra_is_admin()'})",
    ]
    if rule.links:
        out.append(f"CREATE POLICY {name}_remove ON {t} FOR DELETE USING ({write_check(rule)})")
    return out


def _search_policies() -> list[str]:
    """Search documents of hidden records are hidden; the sync triggers run as the owner."""
    out = []
    hidden = hidden_with_project()
    for ix in INDEXED:
        doc = doc_table(ix.kind)
        out.append(f"ALTER FUNCTION search_{ix.kind}_sync() SECURITY DEFINER SET search_path = public, pg_temp")
        out.append(f"ALTER TABLE {doc} ENABLE ROW LEVEL SECURITY")
        out.append(f"DROP POLICY IF EXISTS {POLICY_PREFIX}{doc}_read ON {doc}")
        column = hidden.get(ix.table)
        if column == "id":
            check = "kotra_project_visible(ref)"
        elif column:
            check = f"kotra_visible_{ix.table}(ref)"
        else:
            check = "true"
        out.append(f"CREATE POLICY {POLICY_PREFIX}{doc}_read ON {doc} FOR SELECT USING ({check})")
    return out


def _audit_policy() -> list[str]:
    """History rows of a record that does not exist for the reader do not exist either."""
    hidden = hidden_with_project()
    cases = " ".join(
        f"WHEN '{table}' THEN "
        + ("kotra_project_visible(p_record)" if column == "id" else f"kotra_visible_{table}(p_record)")
        for table, column in sorted(hidden.items())
    )
    return [
        f"""CREATE OR REPLACE FUNCTION kotra_history_visible(p_entity text, p_record uuid) RETURNS boolean {_DEFINER} AS $$
            SELECT CASE p_entity {cases} ELSE true END $$""",
        "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS {POLICY_PREFIX}audit_log_read ON audit_log",
        f"DROP POLICY IF EXISTS {POLICY_PREFIX}audit_log_add ON audit_log",
        f"DROP POLICY IF EXISTS {POLICY_PREFIX}audit_log_redact ON audit_log",
        f"CREATE POLICY {POLICY_PREFIX}audit_log_read ON audit_log FOR SELECT USING (kotra_history_visible(entity, record_id))",
        # Entries are written in the name of the connection's user, never another's.
        f"CREATE POLICY {POLICY_PREFIX}audit_log_add ON audit_log FOR INSERT WITH CHECK (actor = session_user)",
        f"CREATE POLICY {POLICY_PREFIX}audit_log_redact ON audit_log FOR UPDATE USING (kotra_is_admin())",
    ]


def _blob_policies() -> list[str]:
    """Document bytes (domain/document_models.py): any officer adds them; a chunk exists for a
    reader only while a document they may see names its blob, so a confidential project's file
    is unreadable even by its hash. The blob rows (hash and size) stay readable: the same content
    added by two teams is stored once, and each must find it to reuse it."""
    out = [
        f"GRANT INSERT ON document_blob, document_chunk TO {OFFICER}",
        "ALTER TABLE document_chunk ENABLE ROW LEVEL SECURITY",
    ]
    out += [f"DROP POLICY IF EXISTS {POLICY_PREFIX}document_chunk_{verb} ON document_chunk" for verb in ("read", "add")]
    return out + [
        f"CREATE POLICY {POLICY_PREFIX}document_chunk_read ON document_chunk FOR SELECT "
        "USING (EXISTS (SELECT 1 FROM document d WHERE d.sha256 = document_chunk.sha256))",
        f"CREATE POLICY {POLICY_PREFIX}document_chunk_add ON document_chunk FOR INSERT WITH CHECK (kotra_may_change())",
    ]


def _groups() -> list[str]:
    out = []
    for group in (VIEWER, OFFICER, LEADER, ADMIN):
        out.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
            f"CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    # Each group has the rights of the one below: GRANT of an existing membership is a no-op.
    out += [f"GRANT {VIEWER} TO {OFFICER}", f"GRANT {OFFICER} TO {LEADER}", f"GRANT {LEADER} TO {ADMIN}"]
    return out


def _grants(conn: Connection) -> list[str]:
    owner = conn.scalar(text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
    tables = list(conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")))
    groups = ", ".join((VIEWER, OFFICER, LEADER, ADMIN))
    out = [
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {groups}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {groups}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {OFFICER}",
        f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public GRANT SELECT ON TABLES TO {VIEWER}',
        f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {OFFICER}',
        f"GRANT INSERT ON audit_log TO {OFFICER}",
        # The erasure of a person's values in their old entries (admins; the trigger of
        # migration 0005_server lets nothing else through).
        f"GRANT UPDATE (old_value, new_value) ON audit_log TO {ADMIN}",
        f"GRANT INSERT, UPDATE ON app_setting TO {OFFICER}",
    ]
    for table in tables:
        rule = RULES.get(table)
        if rule is None:
            continue
        writers = ADMIN if rule.admin_only else OFFICER
        out.append(f"GRANT INSERT, UPDATE{', DELETE' if rule.links else ''} ON {table} TO {writers}")
    return out


def _functions_locked() -> list[str]:
    """The helper functions: callable by the groups only (PUBLIC may execute new functions)."""
    return [
        "DO $$ DECLARE f record; BEGIN "
        "FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.proname LIKE 'kotra\\_%' LOOP "
        "EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f.sig); "
        f"EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO {VIEWER}', f.sig); "
        "END LOOP; END $$",
        "REVOKE ALL ON FUNCTION kotra_set_login(text, text, text, boolean) FROM PUBLIC, " + VIEWER,
        f"GRANT EXECUTE ON FUNCTION kotra_set_login(text, text, text, boolean) TO {ADMIN}",
    ]


def _login_function() -> str:
    groups = ", ".join(f"'{g}'" for g in (VIEWER, OFFICER, LEADER, ADMIN))
    return f"""CREATE OR REPLACE FUNCTION kotra_set_login(p_login text, p_verifier text, p_group text, p_can_login boolean)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            target pg_roles%ROWTYPE;
            g text;
            db_owner oid := (SELECT datdba FROM pg_database WHERE datname = current_database());
        BEGIN
            IF NOT (kotra_is_admin() OR session_user = pg_get_userbyid(db_owner)) THEN
                RAISE EXCEPTION 'only an administrator may manage logins' USING ERRCODE = '42501';
            END IF;
            IF p_group NOT IN ({groups}) THEN
                RAISE EXCEPTION 'not a kotra-invest role: %', p_group USING ERRCODE = '22023';
            END IF;
            SELECT * INTO target FROM pg_roles WHERE rolname = p_login;
            IF FOUND AND (target.rolsuper OR target.rolcreaterole OR target.rolcreatedb OR target.oid = db_owner
                          OR p_login IN ({groups})) THEN
                RAISE EXCEPTION 'role % cannot be a kotra-invest login', p_login USING ERRCODE = '42501';
            END IF;
            IF NOT FOUND THEN
                EXECUTE format('CREATE ROLE %I LOGIN', p_login);
            END IF;
            IF p_verifier IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
            END IF;
            EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
            FOREACH g IN ARRAY ARRAY[{groups}] LOOP
                IF g <> p_group AND EXISTS (
                    SELECT 1 FROM pg_auth_members m
                    WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login)
                      AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = g)) THEN
                    EXECUTE format('REVOKE %I FROM %I', g, p_login);
                END IF;
            END LOOP;
            EXECUTE format('GRANT %I TO %I', p_group, p_login);
        END $$"""


def statements(conn: Connection) -> list[str]:
    """Everything `server init` runs, in order (exposed for the tests and for reading)."""
    out = _groups() + _grants(conn) + _helpers() + [_hidden_papers_function()] + _search_functions()
    for rule in RULES.values():
        out += _policies(rule)
    out += _search_policies() + _audit_policy() + [_login_function()] + _functions_locked()
    out += _blob_policies()
    return out


def install(conn: Connection) -> int:
    """Run `statements` on `conn` (the owner's, in the caller's transaction); returns how many."""
    done = 0
    # The driver's own cursor, with no parameters: the statements' % (format(), LIKE) stay as
    # they are. Same connection, same transaction.
    with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
        for sql in statements(conn):
            cursor.execute(sql)
            done += 1
    return done


def install_search(conn: Connection) -> None:
    """Replace the search functions with the current statement, where `server init` has made them
    (a migration that changes what the search finds: an older function would go on finding it).
    CREATE OR REPLACE keeps their owner and grants."""
    if conn.scalar(text("SELECT to_regprocedure('kotra_search(text, text[], text[], integer, text[])')")) is None:
        return
    for sql in _search_functions():
        conn.exec_driver_sql(sql)


def password_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed here by libpq: the password itself
    never reaches the server, its statement log or its statistics."""
    raw = conn.connection.driver_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode()


def set_login(conn: Connection, login: str, group: str, *, password: str | None = None, can_login: bool = True) -> None:
    """Create or change the PostgreSQL login of an officer: its group role, password, LOGIN."""
    verifier = password_verifier(conn, login, password) if password else None
    conn.execute(
        text("SELECT kotra_set_login(CAST(:login AS text), CAST(:verifier AS text), CAST(:grp AS text), :can_login)"),
        {"login": login, "verifier": verifier, "grp": group, "can_login": can_login},
    )


def is_installed(conn: Connection) -> bool:
    """Whether `server init` has run on this database (its login function exists)."""
    return bool(conn.scalar(text("SELECT to_regprocedure('kotra_set_login(text, text, text, boolean)') IS NOT NULL")))


def tables_without_rules(conn: Connection) -> list[str]:
    """Tables with a rule but no row-level security yet: made by an upgrade since `server init`."""
    rows = conn.execute(
        text(
            "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity"
        )
    )
    return sorted(r[0] for r in rows if r[0] in RULES)
