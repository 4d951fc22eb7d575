/*
 * KalixPlan map page: large layers drawn as tiles the application paints.
 *
 * A layer too large to send as GeoJSON (a county's parcels, a property map) is a
 * tile layer on "kalix:tiles/..." addresses, answered inside the application
 * from the project database. Everything else the map does for parcels works
 * through the bridge instead of per-feature layers: the mouse position goes to
 * the application, which answers with the parcel under it (tooltip and hover
 * outline); the selection comes back as the selected parcels' shapes (or, for a
 * large selection, as a tile layer of outlines); labels come for the view; a
 * filter, an edit or an undo makes the application repaint the tiles they touch
 * and send the new status counts.
 */
(function () {
  "use strict";

  var B = window.KalixBase;
  var shapeOf = B.shapeOf;
  var eachFeature = B.eachFeature;
  var el = B.el;
  var declutter = B.declutter;

  // Leaflet's panes: tiles 200, vectors 400. Parcels are drawn above plans and land
  // use as on the vector map; reference tiles sit under the vectors.
  // The municipality's paper fill (no basemap) goes under the reference tiles, or it
  // would hide them inside the municipality: kxPaper, a canvas of its own.
  var PANES = { kxPaper: 340, kxReference: 350, kxParcels: 450, kxSelection: 460, kxHover: 470 };
  var HOVER_EVERY_MS = 40;
  var LABELS_MIN_ZOOM = 15;

  /*
   * h: {lines(parts) -> element, parcelLines(props, full), selectedStroke, hoverStroke,
   *     bridge() -> the bridge or null, fmt(value, digits), styles}
   */
  window.KalixTiles = function (map, data, kalix, h) {
    var tiled = data.tiled || {};
    Object.keys(PANES).forEach(function (name) {
      var pane = map.createPane(name);
      pane.style.zIndex = PANES[name];
      pane.style.pointerEvents = "none";
    });

    function tileLayer(url, pane, version) {
      return L.tileLayer(url, {
        v: version, pane: pane, tileSize: 256, maxZoom: 22, minZoom: 0,
        updateWhenZooming: false, keepBuffer: 0, className: "kx-tiles"
      });
    }

    var P = tiled.parcels || null;
    var parcels = P ? tileLayer(P.url, "kxParcels", P.version) : null;
    var selection = P ? tileLayer(P.selection, "kxSelection", 1) : null;
    var counts = P ? P.counts : {};
    var total = P ? P.total : 0;
    var selectedIds = [];
    var selectedCount = 0;
    var hoverId = null;
    var overlay = L.featureGroup();
    var hoverGroup = L.featureGroup();
    var selRenderer = L.canvas({ pane: "kxSelection", padding: 0.2 });
    var hoverRenderer = L.canvas({ pane: "kxHover", padding: 0.2 });
    var reference = {};

    (tiled.reference || []).forEach(function (ref) {
      reference[ref.name] = tileLayer(ref.url, "kxReference", ref.version || 1);
      reference[ref.name].kxKind = ref.kind;
      reference[ref.name].kxName = ref.name;
    });

    // ---- repainting -----------------------------------------------------------
    function intersects(layer, coords, box) {
      if (!box) { return true; }
      var b = layer._tileCoordsToBounds(coords);
      return !(b.getWest() > box[2] || b.getEast() < box[0] ||
        b.getSouth() > box[3] || b.getNorth() < box[1]);
    }

    // New version: tiles meeting box [w, s, e, n] (all when null) load again in place;
    // the old image stays until the new one has come, so nothing flickers.
    function repaint(layer, version, box) {
      if (!layer) { return 0; }
      layer.options.v = version;
      var n = 0;
      Object.keys(layer._tiles).forEach(function (key) {
        var tile = layer._tiles[key];
        if (!intersects(layer, tile.coords, box)) { return; }
        tile.el.src = layer.getTileUrl(tile.coords);
        n += 1;
      });
      return n;
    }

    function refresh(version, box, newCounts, newTotal) {
      if (newCounts) { counts = newCounts; total = newTotal; }
      return repaint(parcels, version, box);
    }

    function refreshReference(name, version, box) {
      return repaint(reference[name], version, box);
    }

    // ---- selection ----------------------------------------------------------------
    function clearOverlay() { overlay.clearLayers(); }

    function showSelected(columns, ids, count, bounds, zoomTo, manyVersion) {
      clearOverlay();
      selectedIds = ids;
      selectedCount = count;
      eachFeature(columns, function (f) {
        var layer = shapeOf(f.g, {
          renderer: selRenderer, interactive: false, color: h.selectedStroke, weight: 4,
          opacity: 1, fill: false
        });
        overlay.addLayer(layer);
      });
      if (manyVersion !== null && selection) {
        if (!map.hasLayer(selection)) { selection.addTo(map); }
        repaint(selection, manyVersion, null);
      } else if (selection && map.hasLayer(selection)) {
        map.removeLayer(selection);
      }
      if (zoomTo && bounds) { zoomTo(L.latLngBounds([bounds[1], bounds[0]], [bounds[3], bounds[2]])); }
      return count;
    }

    // ---- hover and tooltip ------------------------------------------------------------
    var tip = L.tooltip({
      sticky: false, direction: "top", offset: [0, -8], className: "kx-tooltip", opacity: 1
    });
    var lastMouse = null;
    var hoverTimer = null;
    var lastAsk = 0;

    function ask() {
      hoverTimer = null;
      var bridge = h.bridge();
      if (!bridge || !lastMouse || !parcels || !map.hasLayer(parcels)) { return; }
      lastAsk = performance.now();
      bridge.hover(lastMouse.lat, lastMouse.lng);
    }

    map.on("mousemove", function (e) {
      lastMouse = e.latlng;
      if (map.hasLayer(tip)) { tip.setLatLng(e.latlng); }
      if (hoverTimer === null) {
        var wait = Math.max(0, HOVER_EVERY_MS - (performance.now() - lastAsk));
        hoverTimer = setTimeout(ask, wait);
      }
    });
    map.on("mouseout", function () { lastMouse = null; hover(null); });

    // The application's answer: the parcel under the mouse (columns of one) or none.
    function hover(columns, at) {
      hoverGroup.clearLayers();
      if (!columns || !columns.id.length) {
        hoverId = null;
        map.closeTooltip(tip);
        return null;
      }
      var text = null;
      eachFeature(columns, function (f) {
        hoverId = f.id;
        hoverGroup.addLayer(shapeOf(f.g, {
          renderer: hoverRenderer, interactive: false, color: h.hoverStroke, weight: 2.5,
          opacity: 1, fill: false
        }));
        var where = at ? L.latLng(at[0], at[1]) : (lastMouse || L.geoJSON(f.g).getBounds().getCenter());
        var content = h.lines(h.parcelLines(f.p, false));
        tip.setContent(content).setLatLng(where);
        if (!map.hasLayer(tip)) { map.openTooltip(tip); }
        text = content.textContent;
      });
      return text;
    }

    // ---- labels ---------------------------------------------------------------------
    var labels = L.layerGroup();
    var labelsWanted = true;

    // Asked once the view's own tiles have come: the application then also paints the
    // tiles a next step will want, which must not hold up the ones shown now.
    function viewChanged() {
      var bridge = h.bridge();
      if (!bridge || (!P && !Object.keys(reference).length)) { return; }
      var busy = loading();
      if (busy.length) { busy[0].once("load", viewChanged); return; }
      var b = map.getBounds();
      bridge.viewNeeds(b.getWest(), b.getSouth(), b.getEast(), b.getNorth(), map.getZoom());
    }

    // [{lat, lng, lines: [..], kind: "parcel"|"reference"}] for the view the application saw.
    function setLabels(list) {
      labels.clearLayers();
      if (!labelsWanted) { return 0; }
      list.forEach(function (item) {
        var box = el("div", null);
        item.lines.forEach(function (line, i) { box.appendChild(el("div", i ? "kx-l2" : "kx-l1", line)); });
        labels.addLayer(L.tooltip({
          permanent: true, direction: "center", interactive: false,
          className: item.kind === "reference" ? "kx-reference-label" : "kx-parcel-label"
        }).setLatLng([item.lat, item.lng]).setContent(box));
      });
      declutter(labels);
      return list.length;
    }
    map.on("overlayadd overlayremove", function (e) {
      if (e.layer !== kalix.groups.labels) { return; }
      labelsWanted = e.type === "overlayadd";
      if (!labelsWanted) { labels.clearLayers(); } else { viewChanged(); }
    });

    function addTo() {
      Object.keys(reference).forEach(function (name) { reference[name].addTo(map); });
      if (parcels) { parcels.addTo(map); }
      overlay.addTo(map);
      hoverGroup.addTo(map);
      labels.addTo(map);
      map.on("moveend", viewChanged);
    }

    // Whether the tiles of the first view are still coming.
    function loading() {
      var all = Object.keys(reference).map(function (n) { return reference[n]; });
      if (parcels) { all.push(parcels); }
      return all.filter(function (layer) { return map.hasLayer(layer) && layer.isLoading(); });
    }

    // A canvas under the reference tiles for the municipality's boundary and paper fill
    // (never interactive); null when no reference layer is tiled.
    var paperRenderer = (tiled.reference || []).length ? L.canvas({ pane: "kxPaper" }) : null;

    return {
      paperRenderer: paperRenderer,
      parcels: parcels,
      reference: reference,
      on: P !== null,
      addTo: addTo,
      loading: loading,
      refresh: refresh,
      refreshReference: refreshReference,
      select: showSelected,
      selected: function () { return selectedIds; },
      selectedCount: function () { return selectedCount; },
      selectionShown: function () { return selection ? map.hasLayer(selection) : false; },
      hover: hover,
      hovered: function () { return hoverId; },
      labels: setLabels,
      labelCount: function () { return labels.getLayers().length; },
      viewChanged: viewChanged,
      counts: function () { return counts; },
      total: function () { return total; },
      tileCount: function (name) {
        var layer = name ? reference[name] : parcels;
        return layer ? Object.keys(layer._tiles).length : 0;
      }
    };
  };
}());
