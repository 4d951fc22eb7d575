"""A process killed with SIGKILL in the middle of a large write loses nothing and half-writes nothing."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from kalixplan.services.check import check_project
from kalixplan.store.engine import Project, open_project
from kalixplan.store.models import Base

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from shapely.geometry import box
    from kalixplan.services.parcels import bulk_insert_parcels
    from kalixplan.store.engine import open_project

    project = open_project(sys.argv[1])
    x0, y0 = 140000.0, 7300000.0
    with project.session_scope() as s:
        for chunk in range(1000):
            records = [
                {"designation": f"Kalix Bulk {chunk}:{i}",
                 "geom": box(x0 + i * 30, y0 + chunk * 30, x0 + i * 30 + 20, y0 + chunk * 30 + 20)}
                for i in range(1000)
            ]
            bulk_insert_parcels(s, records)
            print(f"chunk {chunk}", flush=True)
    print("committed", flush=True)
    """
)


def content_digest(project: Project) -> str:
    """A digest of every row of every model table, independent of the file layout."""
    digest = hashlib.sha256()
    with project.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(text(f"SELECT * FROM {table.name} ORDER BY id")).all()
            digest.update(table.name.encode())
            for row in rows:
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.mark.slow
def test_sigkill_during_bulk_write_leaves_database_as_before(project: Project) -> None:
    from kalixplan.services.demo.build import build_demo

    with project.session_scope() as s:
        build_demo(s, project.srid)
    before = content_digest(project)
    project.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, project.db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    written = 0
    for line in child.stdout:
        if line.startswith("chunk"):
            written += 1
        if written == 3:  # 3 000 rows written inside the open transaction
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""

    after = open_project(project.db)
    try:
        problems = [f.message for f in check_project(after) if f.problem]
        assert problems == []
        assert content_digest(after) == before
        with after.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM parcels")).scalar() == 40
    finally:
        after.close()
