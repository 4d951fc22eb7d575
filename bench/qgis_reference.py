"""QGIS's side of bench/map_scale.py, run with the system Python that has PyQGIS.

``/usr/bin/python3 bench/qgis_reference.py render FILE`` prints the seconds from
opening the parcels layer to the end of its first 1200×800 render (styled by status
like KalixPlan's map); ``layout FILE PDF`` the seconds of an A3 landscape layout
export of the same layer to PDF; ``table FILE`` the seconds from opening the layer to
its attribute table's model loaded with every feature (``QgsAttributeTableModel`` over a
``QgsVectorLayerCache``, loaded in C++). Each prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRendererCategory,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerCache,
)
from qgis.PyQt.QtCore import QSize

COLOURS = {
    "available": "#009e73",
    "reserved": "#e69f00",
    "option": "#0072b2",
    "sold": "#8c8c8c",
    "planning": "#a35ea8",
    "unavailable": "#9e2a2b",
}


def styled(layer: QgsVectorLayer) -> None:
    categories = []
    for status, colour in COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": colour + "b8", "outline_width": "0.3"})
        categories.append(QgsRendererCategory(status, symbol, status))
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    # The project's default style (layer_styles) labels parcels; KalixPlan's first view
    # and sheet do not label 10⁴ parcels, so neither does the reference.
    layer.setLabelsEnabled(False)


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    app = QgsApplication([], mode == "table")  # the attribute table's model is a GUI class
    app.initQgis()
    start = time.perf_counter()
    layer = QgsVectorLayer(f"{path}|layername=parcels", "parcels", "ogr")
    assert layer.isValid()
    styled(layer)
    QgsProject.instance().addMapLayer(layer)  # QGIS owns it (a loose layer crashed its exit)
    if mode == "table":
        from qgis.gui import QgsAttributeTableModel

        cache = QgsVectorLayerCache(layer, layer.featureCount())
        model = QgsAttributeTableModel(cache)
        model.loadLayer()
        assert model.rowCount() == layer.featureCount()
        seconds = time.perf_counter() - start
        del model, cache
    elif mode == "render":
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setOutputSize(QSize(1200, 800))
        settings.setExtent(layer.extent())
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        seconds = time.perf_counter() - start
    else:
        project = QgsProject.instance()
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        page = layout.pageCollection().page(0)
        page.setPageSize(QgsLayoutSize(420, 297, QgsUnitTypes.LayoutMillimeters))
        item = QgsLayoutItemMap(layout)
        item.attemptMove(QgsLayoutPoint(10, 10, QgsUnitTypes.LayoutMillimeters))
        item.attemptResize(QgsLayoutSize(400, 277, QgsUnitTypes.LayoutMillimeters))
        item.setLayers([layer])
        item.setExtent(layer.extent())
        layout.addLayoutItem(item)
        exporter = QgsLayoutExporter(layout)
        result = exporter.exportToPdf(sys.argv[3], QgsLayoutExporter.PdfExportSettings())
        assert result == QgsLayoutExporter.Success
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds}))
    app.exitQgis()


if __name__ == "__main__":
    main()
