"""Run by Debian's system Python with PyQGIS: edit a KalixPlan GeoPackage as a planner would.

    /usr/bin/python3 tests/qgis/qgis_edit.py FILE ACTION [ARGS...]

Prints one JSON object: what QGIS saw and whether its commit succeeded (with
QGIS's own commit errors). Not a pytest module: the test suite runs it in a
subprocess because PyQGIS lives in the system Python, not in our environment.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)


def layer(path: str, name: str) -> QgsVectorLayer:
    found = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not found.isValid():
        raise SystemExit(json.dumps({"error": f"QGIS cannot load {name}"}))
    return found


def field_index(lyr: QgsVectorLayer, name: str) -> int:
    return lyr.fields().indexFromName(name)


def render(path: str, png: str) -> None:
    """Draw plans, land use and parcels with their default styles, 1200 x 800, as QGIS would."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    layers = [layer(path, n) for n in ("reference_features", "parcels", "plans", "land_use_areas")]
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setExtent(layers[1].extent())
    settings.setOutputSize(QSize(1200, 800))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png)


def reference_kinds(path: str, out: dict[str, object]) -> None:
    """Add a reference layer of kind 'property' (committed) and one of an unknown kind
    (refused by the file's own rules), in the reference layers' attribute table: a
    GeoPackage path, or a PostGIS URL (postgresql://user:password@host:port/db)."""
    if path.startswith("postgresql"):
        from urllib.parse import urlparse

        from qgis.core import QgsDataSourceUri

        url = urlparse(path.replace("+psycopg", ""))
        uri = QgsDataSourceUri()
        uri.setConnection(
            url.hostname or "localhost",
            str(url.port or 5432),
            url.path.lstrip("/"),
            url.username or "",
            url.password or "",
        )
        uri.setDataSource("public", "reference_layers", None)
        uri.setKeyColumn("id")
        table = QgsVectorLayer(uri.uri(False), "reference_layers", "postgres")
    else:
        table = QgsVectorLayer(f"{path}|layername=reference_layers", "reference_layers", "ogr")
    out["valid"] = table.isValid()
    for name, kind, key in (("Fastigheter QGIS", "property", "good"), ("Tomter", "plots", "bad")):
        table.startEditing()
        feature = QgsFeature(table.fields())
        feature.setAttribute("name", name)
        feature.setAttribute("kind", kind)
        table.addFeature(feature)
        out[f"{key}_committed"] = table.commitChanges()
        out[f"{key}_errors"] = [str(e) for e in table.commitErrors()]
        table.rollBack()


def main() -> None:
    path, action, *args = sys.argv[1:]
    app = QgsApplication([], False)
    app.initQgis()
    out: dict[str, object] = {}
    if action == "reference_kinds":  # a planner adds two reference layers in QGIS's table
        reference_kinds(path, out)
        print(json.dumps(out, ensure_ascii=False), flush=True)
        os._exit(0)
    parcels = layer(path, "parcels")
    out["count"] = parcels.featureCount()
    out["alias_status"] = parcels.attributeAlias(field_index(parcels, "status"))
    out["alias_designation"] = parcels.attributeAlias(field_index(parcels, "designation"))
    reference = layer(path, "reference_features")
    drawer = reference.renderer()  # None while the table has no geometry to draw
    out["reference_renderer"] = drawer.type() if drawer is not None else None
    out["reference_rules"] = (
        [r.label() for r in drawer.rootRule().children()]
        if drawer is not None and drawer.type() == "RuleRenderer"
        else []
    )
    by_id = {f.id(): f for f in parcels.getFeatures()}
    out["renderer"] = parcels.renderer().type()
    out["categories"] = (
        [c.value() for c in parcels.renderer().categories()]
        if hasattr(parcels.renderer(), "categories")
        else []
    )
    out["labels"] = parcels.labelsEnabled()
    from qgis.core import QgsProviderRegistry

    out["sublayers"] = [d.name() for d in QgsProviderRegistry.instance().querySublayers(path)]
    out["status_widget"] = parcels.editorWidgetSetup(field_index(parcels, "status")).type()
    if action == "sld":  # QGIS reads the SLD KalixPlan wrote beside the QML
        import sqlite3
        import tempfile

        out["sld"] = {}
        conn = sqlite3.connect(path)
        for table in ("parcels", "reference_features", "land_use_areas", "plans"):
            (text,) = conn.execute(
                "SELECT styleSLD FROM layer_styles WHERE f_table_name = ? AND styleName = ?",
                (table, "KalixPlan"),
            ).fetchone()
            with tempfile.NamedTemporaryFile("w", suffix=".sld", delete=False) as f:
                f.write(text)
            target = layer(path, table)
            message, ok = target.loadSldStyle(f.name)
            drawer = target.renderer()
            rules = (
                [r.label() for r in drawer.rootRule().children()]
                if drawer is not None and drawer.type() == "RuleRenderer"
                else []
            )
            out["sld"][table] = {"ok": ok, "message": message, "rules": rules}
        conn.close()
        print(json.dumps(out, ensure_ascii=False), flush=True)
        os._exit(0)
    if action in ("render", "look"):  # look: what QGIS loads, without drawing or editing
        if action == "render":
            render(path, args[0])
            out["rendered"] = args[0]
        print(json.dumps(out, ensure_ascii=False), flush=True)
        os._exit(0)
    if action == "provision":  # a planner adds a point provision, then a wrong unit
        plan_id, x, y = int(args[0]), float(args[1]), float(args[2])
        points = QgsVectorLayer(f"{path}|layername=provisions|geometrytype=Point", "p", "ogr")
        out["provisions_valid"] = points.isValid()
        points.startEditing()
        feature = QgsFeature(points.fields())
        feature.setAttribute("plan_id", plan_id)
        feature.setAttribute("kind", "property")
        feature.setAttribute("code", "u1")
        feature.setAttribute("wording", "Markreservat för underjordiska ledningar")
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        points.addFeature(feature)
        out["committed"] = points.commitChanges()
        out["errors"] = [str(e) for e in points.commitErrors()]
        points.startEditing()
        for f in points.getFeatures():
            points.changeAttributeValue(f.id(), field_index(points, "unit"), "feet")
        out["bad_committed"] = points.commitChanges()
        out["bad_errors"] = [str(e) for e in points.commitErrors()]
        points.rollBack()
        print(json.dumps(out, ensure_ascii=False), flush=True)
        os._exit(0)
    parcels.startEditing()
    if action == "attribute":
        fid, column, value = int(args[0]), args[1], args[2]
        parcels.changeAttributeValue(fid, field_index(parcels, column), value)
    elif action == "vertex":
        fid = int(args[0])
        geom = QgsGeometry(by_id[fid].geometry())
        # Move the first vertex 30 m east and north, as a planner drags it.
        first = geom.vertexAt(0)
        geom.moveVertex(first.x() + 30, first.y() + 30, 0)
        if geom.isGeosValid():
            parcels.changeGeometry(fid, geom)
        out["new_wkt"] = geom.asWkt(3)
    elif action == "draw":
        x, y = float(args[0]), float(args[1])
        feature = QgsFeature(parcels.fields())
        feature.setAttribute("designation", args[2])
        feature.setAttribute("status", "available")
        ring = [
            QgsPointXY(x, y),
            QgsPointXY(x + 120, y),
            QgsPointXY(x + 120, y + 80),
            QgsPointXY(x, y + 80),
            QgsPointXY(x, y),
        ]
        feature.setGeometry(QgsGeometry.fromMultiPolygonXY([[ring]]))
        parcels.addFeature(feature)
    elif action == "delete":
        parcels.deleteFeature(int(args[0]))
    ok = parcels.commitChanges()
    out["committed"] = ok
    out["errors"] = [str(e) for e in parcels.commitErrors()]
    if not ok:
        parcels.rollBack()
    print(json.dumps(out, ensure_ascii=False), flush=True)
    # QGIS 3.22 may crash while tearing down offscreen; the work is committed by now.
    os._exit(0)


if __name__ == "__main__":
    main()
