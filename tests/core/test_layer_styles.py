"""Default styles in layer_styles: written at creation, in the project's language, kept up to
date as reference layers come, and mended by ``check --repair`` (issue "The project file
guards itself", 4). QGIS itself reads them in ``tests/qgis``."""

from __future__ import annotations

from pathlib import Path

from sources import railway_file
from sqlalchemy import text

from kalixplan.services.check import check_project, repair_project
from kalixplan.services.importing.report import ImportOptions
from kalixplan.services.importing.run import import_file
from kalixplan.services.projects import new_project
from kalixplan.services.qgis_styles import STYLES, styles_missing
from kalixplan.store.engine import Project


def _style(project: Project, table: str) -> tuple[str, str]:
    sqlite = project.is_sqlite
    qml, sld = ("styleQML", "styleSLD") if sqlite else ("styleqml::text", "stylesld::text")
    name = "styleName" if sqlite else "stylename"
    with project.engine.connect() as conn:
        row = conn.execute(
            text(
                f"SELECT {qml}, {sld} FROM layer_styles WHERE f_table_name = :t AND {name} = 'KalixPlan'"
            ),
            {"t": table},
        ).one()
    return str(row[0]), str(row[1])


def test_a_new_project_has_every_style_in_its_language(db_url: str) -> None:
    project = new_project(db_url, 3018, lang="en")
    try:
        assert project.setting("language") == "en"
        with project.reader.connect() as conn:
            assert styles_missing(conn) == []
        qml, sld = _style(project, "parcels")
        assert 'name="Property designation"' in qml and "<se:Title>Available</se:Title>" in sld
    finally:
        project.close()


def test_a_reference_import_gets_its_own_rule(project: Project, tmp_path: Path) -> None:
    from kalixplan.services.qgis_styles import write_default_styles

    with project.engine.begin() as conn:
        write_default_styles(conn)
    assert "<rule " not in _style(project, "reference_features")[0]  # no layers yet
    rail = railway_file(tmp_path)
    import_file(project, rail, ImportOptions("reference", ref_kind="railway", name="Järnväg"))
    qml, sld = _style(project, "reference_features")
    assert 'label="Järnväg"' in qml and "<se:Title>Järnväg</se:Title>" in sld
    assert "dash" in qml  # a railway is dashed, as on the screen and on paper


def test_check_notes_missing_styles_and_repair_writes_them(project: Project) -> None:
    notes = [f for f in check_project(project) if "QGIS has no KalixPlan style" in f.message]
    assert len(notes) == 1 and not notes[0].problem  # a note: the data itself is sound
    done = repair_project(project)
    assert any("QGIS default styles" in f.message for f in done)
    with project.reader.connect() as conn:
        assert styles_missing(conn) == []
    assert not [f for f in check_project(project) if "QGIS has no KalixPlan style" in f.message]
    assert set(STYLES) == {"parcels", "plans", "land_use_areas", "reference_features"}
