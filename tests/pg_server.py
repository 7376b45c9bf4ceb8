"""A throwaway PostgreSQL server for the test session, and one fresh database per test.

`KOTRA_INVEST_TEST_PG` (a URL of a superuser on a server that may be used freely) names an
existing server. Otherwise a private cluster is made with the installed `initdb`: it listens
only on a Unix socket in its own temporary folder (no port to collide with, nothing reachable
from outside), trusts every local connection, runs with fsync off (it is thrown away), and is
stopped and deleted when the session ends. PostgreSQL refuses to run as root, so under root
(CI containers) the cluster runs as the `postgres` OS user.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

ENV_URL = "KOTRA_INVEST_TEST_PG"
SUPERUSER = "postgres"  # the role initdb creates and the tests connect as
_SOCKET_PATH_MAX = 100  # Unix socket paths are limited to 107 bytes, '.s.PGSQL.5432' included


class Unavailable(Exception):
    """No PostgreSQL server can be had; the message says why (it becomes the skip reason)."""


class PgServer:
    """A server the tests may create and drop databases on."""

    def __init__(self, admin_url: URL, cluster: _Cluster | None = None) -> None:
        self.admin_url = admin_url
        self._cluster = cluster
        self._template: tuple[str, str] | None = None  # (database, owner) at the newest schema

    def create_database(self) -> str:
        """Make an empty database and return its URL."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        # template0 + UTF8: the same empty database whatever encoding the server defaults to.
        self._admin(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def create_owned_database(self) -> OwnedDatabase:
        """A database as docs/operations.md sets one up: the superuser only makes an owner role
        (LOGIN CREATEROLE, not a superuser) and the database it owns; everything else is done
        by that owner and by officers' own logins (`OwnedDatabase.url_for`)."""
        tag = uuid.uuid4().hex[:10]
        owner, name = f"owner_{tag}", f"test_{tag}"
        self._admin(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
        self._admin(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE template0 ENCODING \'UTF8\'')
        url = self.admin_url.set(database=name, username=owner).render_as_string(hide_password=False)
        return OwnedDatabase(self, owner, url)

    def migrate(self, url: str) -> None:
        """Bring the empty database at `url` to the newest schema, as its owner's `db upgrade`
        leaves it, in a tenth of the time: the database is made again as a copy of one migrated
        template (CREATE DATABASE … TEMPLATE), everything in it handed to the same owner, with a
        database id of its own. Twenty-odd migrations per test were most of the suite's time.
        Tests of `db upgrade` itself run the real migrations."""
        template, template_owner = self._migrated_template()
        target = make_url(url)
        name, owner = target.database, target.username
        self._admin(f'DROP DATABASE "{name}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE "{template}"')
        engine = create_engine(self.admin_url.set(database=name), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with engine.connect() as conn:
                conn.execute(text(f'REASSIGN OWNED BY "{template_owner}" TO "{owner}"'))
                conn.execute(
                    text("UPDATE app_setting SET value = :id WHERE key = 'database_id'"), {"id": str(uuid.uuid4())}
                )
        finally:
            engine.dispose()
        # REASSIGN OWNED moves the databases the role owns too: the template goes back to its owner.
        self._admin(f'ALTER DATABASE "{template}" OWNER TO "{template_owner}"')

    def is_empty(self, url: str) -> bool:
        """Whether the database at `url` has no schema yet (no migration has run)."""
        engine = create_engine(self.admin_url.set(database=make_url(url).database), poolclass=NullPool)
        try:
            with engine.connect() as conn:
                return conn.scalar(text("SELECT to_regclass('public.alembic_version')")) is None
        finally:
            engine.dispose()

    def _migrated_template(self) -> tuple[str, str]:
        if self._template is None:
            from kotra_invest.services.database import upgrade

            tag = uuid.uuid4().hex[:10]
            owner, name = f"template_owner_{tag}", f"template_{tag}"
            self._admin(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
            self._admin(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE template0 ENCODING \'UTF8\'')
            upgrade(self.admin_url.set(database=name, username=owner).render_as_string(hide_password=False))
            self._template = (name, owner)
        return self._template

    def drop_database(self, url: str) -> None:
        # FORCE ends the connections a test's engine pool still holds.
        self._admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def _admin(self, sql: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with engine.connect() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()

    def stop(self) -> None:
        if self._template is not None and self._cluster is None:  # a private cluster goes whole
            name, owner = self._template
            self._admin(f'DROP DATABASE IF EXISTS "{name}"')
            self._admin(f'DROP ROLE IF EXISTS "{owner}"')
        self._template = None
        if self._cluster is not None:
            self._cluster.stop()
            self._cluster = None

    @property
    def owned(self) -> bool:
        """Whether this session started the server (and so may take it down and up again)."""
        return self._cluster is not None

    def pause(self) -> None:
        """Shut the server down, as a crash or a network cut would look to a client."""
        assert self._cluster is not None, "only a private cluster can be paused"
        self._cluster.pg_ctl("-m", "fast", "-w", "stop")  # the test cluster runs without fsync: no "immediate"

    def resume(self) -> None:
        assert self._cluster is not None, "only a private cluster can be resumed"
        self._cluster.pg_ctl("-w", "-t", "60", "start")


class OwnedDatabase:
    """A database owned by a non-superuser role; its officers connect as their own logins."""

    def __init__(self, server: PgServer, owner: str, url: str) -> None:
        self.server, self.owner, self.url = server, owner, url

    def url_for(self, login: str) -> str:
        """The same database, connected as `login` (the test cluster trusts local connections;
        a real server asks for the password)."""
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def migrate(self) -> None:
        """To the newest schema, as the owner's `db upgrade` would (`PgServer.migrate`)."""
        self.server.migrate(self.url)

    def drop(self) -> None:
        self.server.drop_database(self.url)
        self.server._admin(f'DROP ROLE IF EXISTS "{self.owner}"')


def start() -> PgServer:
    """The server named by KOTRA_INVEST_TEST_PG, or a fresh private cluster. Raises Unavailable."""
    try:
        import psycopg  # noqa: F401  (the driver the application uses for PostgreSQL)
    except ImportError as exc:
        raise Unavailable("psycopg not installed: pip install -e '.[postgres]'") from exc
    raw = os.environ.get(ENV_URL)
    if raw:
        url = make_url(raw)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        server = PgServer(url)
        try:
            server._admin("SELECT 1")
        except Exception as exc:
            raise Unavailable(f"{ENV_URL} server unreachable: {_first_line(exc)}") from exc
        return server
    cluster = _Cluster()
    atexit.register(cluster.stop)  # also when the session dies without running fixture teardown
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return PgServer(cluster.url, cluster)


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    return text_.splitlines()[0] if text_ else type(exc).__name__


def find_bin_dir() -> Path:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0,
    )
    if not candidates:
        raise Unavailable(
            "PostgreSQL not installed: initdb not found on PATH or in /usr/lib/postgresql/*/bin "
            f"(apt-get install postgresql, or set {ENV_URL})"
        )
    return candidates[-1]


class _Cluster:
    """A private PostgreSQL cluster in a temporary folder."""

    def __init__(self) -> None:
        self.bin_dir: Path | None = None
        self.dir: Path | None = None
        self._running = False
        self._run_as: str | None = None

    @property
    def url(self) -> URL:
        assert self.dir is not None
        return URL.create("postgresql+psycopg", username=SUPERUSER, database="postgres", query={"host": str(self.dir)})

    def start(self) -> None:
        self.bin_dir = find_bin_dir()
        owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise Unavailable("running as root and there is no 'postgres' OS user to run PostgreSQL as") from exc
            self._run_as = owner.pw_name
        self.dir = Path(tempfile.mkdtemp(prefix="kotra-pg-", dir=self._temp_parent()))
        if owner is not None:
            os.chown(self.dir, owner.pw_uid, owner.pw_gid)  # initdb wants to own the data folder
        data = self.dir / "data"
        self._pg(
            "initdb", "-D", str(data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"
        )
        # Written by us (maybe root) into initdb's file; the server only has to read it.
        with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                "\n# kotra-invest test cluster\n"
                "listen_addresses = ''\n"
                f"unix_socket_directories = '{self.dir}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            )
        self._pg("pg_ctl", "-D", str(data), "-l", str(self.dir / "server.log"), "-w", "-t", "60", "start")
        self._running = True

    def stop(self) -> None:
        if self.dir is None:
            return
        if self._running:
            self._running = False
            # The folder goes anyway: a postmaster left running shuts down once its lock file is gone.
            with contextlib.suppress(Unavailable):
                self._pg("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    def pg_ctl(self, *args: str) -> None:
        assert self.dir is not None
        data = self.dir / "data"
        extra = ("-l", str(self.dir / "server.log")) if "start" in args else ()
        self._pg("pg_ctl", "-D", str(data), *extra, *args)

    def _temp_parent(self) -> str | None:
        """Where to make the folder: the usual temp dir, unless postgres could not reach it or
        the socket path would be too long; then /tmp."""
        parent = tempfile.gettempdir()
        too_long = len(parent) + len("/kotra-pg-XXXXXXXX/.s.PGSQL.5432") > _SOCKET_PATH_MAX
        if too_long or (self._run_as is not None and not _others_can_enter(Path(parent))):
            return "/tmp"
        return None

    def _pg(self, program: str, *args: str) -> None:
        assert self.bin_dir is not None and self.dir is not None
        command = [str(self.bin_dir / program), *args]
        if self._run_as is not None:
            if shutil.which("runuser"):
                command = ["runuser", "-u", self._run_as, "--", *command]
            else:
                command = ["su", self._run_as, "-s", "/bin/sh", "-c", shlex.join(command)]
        # cwd: postgres may not be allowed into the caller's folder (e.g. /root).
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        env.pop("PGDATA", None)
        try:
            result = subprocess.run(
                command, cwd=self.dir, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise Unavailable(f"PostgreSQL test cluster: {program} could not run: {exc}") from exc
        if result.returncode != 0:
            log = self.dir / "server.log"
            tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
            raise Unavailable(
                f"PostgreSQL test cluster: {program} failed ({result.returncode}): "
                f"{(result.stderr or result.stdout).strip()[-1500:]}{' | log: ' + tail if tail else ''}"
            )


def _others_can_enter(path: Path) -> bool:
    for part in (path, *path.parents):
        try:
            if not part.stat().st_mode & 0o001:
                return False
        except OSError:
            return False
    return True
