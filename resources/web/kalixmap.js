/*
 * KalixPlan map page.
 *
 * Builds the layers from the data block the application embeds, talks to the
 * desktop application through QWebChannel when it runs inside it, and exposes
 * window.kalix so the application (and its tests) can restyle, select and
 * filter without reloading the page.
 *
 * Safety rule: every text a user typed reaches the DOM through textContent.
 * The two Leaflet APIs that take HTML strings (layer-control names and tile
 * attribution) get text passed through esc() first.
 */
(function () {
  "use strict";

  // Cyan is none of the status colours and stands out on paper and on tiles.
  var SELECTED_STROKE = "#00c2ff";
  var HOVER_STROKE = "#1a1a1a";

  var B = window.KalixBase;
  var el = B.el;
  var esc = B.esc;
  var darker = B.darker;
  var latLngsOf = B.latLngsOf;
  var shapeOf = B.shapeOf;
  var eachFeature = B.eachFeature;

  window.kalixStart = function (map, data) {
    var startedAt = performance.now();
    var W = data.labels.words;
    var LBL = data.labels;
    var ST = data.styles;
    var locale = data.lang === "en" ? "en-GB" : "sv-SE";
    var bridge = null;
    var built = false;
    var readySent = false;
    var selected = new Set();
    var filter = null;
    var props = {};
    var basemapLayer = null;

    var kalix = {
      map: map,
      parcels: {},
      plans: {},
      landUse: {},
      reference: {},
      groups: {},
      ready: false,
      standalone: true,
      timings: {}
    };
    window.kalix = kalix;

    function fmt(value, digits) {
      return Number(value).toLocaleString(locale, {
        minimumFractionDigits: digits, maximumFractionDigits: digits
      });
    }

    // ---- parcels -------------------------------------------------------
    var hovered = null;

    function parcelStyle(id) {
      var p = props[id] || {};
      var fill = ST.status[p.status] || ST.unknown;
      var isSelected = selected.has(id);
      var isHovered = hovered === id;
      return {
        fillColor: fill,
        color: isSelected ? SELECTED_STROKE : (isHovered ? HOVER_STROKE : darker(fill)),
        weight: isSelected ? 4 : (isHovered ? 2.5 : 1.3),
        opacity: 1,
        fillOpacity: isSelected || isHovered ? 0.9 : 0.72
      };
    }

    // given: the properties of a parcel the page holds no layer for (a tiled parcel).
    function parcelLines(id, full, given) {
      var p = given || props[id] || {};
      var lines = [];
      lines.push(["title", p.designation]);
      if (p.area_name) { lines.push(["sub", p.area_name]); }
      lines.push(["status:" + (p.status || ""), LBL.status[p.status] || p.status]);
      lines.push(["row", W.area + ": " + (p.stale ? W.stale : fmt(p.area_ha, 2) + " ha")]);
      if (p.land_use) {
        lines.push(["row", W.land_use + ": " + p.land_use + " " + (LBL.land_use[p.land_use] || "")]);
      }
      if (p.price_sek_m2 !== null && p.price_sek_m2 !== undefined) {
        lines.push(["row", W.price + ": " + fmt(p.price_sek_m2, 0) + " kr/m²"]);
      }
      if (full) {
        if (p.plan) { lines.push(["row", W.plan + ": " + p.plan]); }
        if (p.power_mw !== null && p.power_mw !== undefined) {
          lines.push(["row", W.power + ": " + fmt(p.power_mw, 1) + " MW"]);
        }
        if (p.owner) { lines.push(["row", W.owner + ": " + p.owner]); }
      }
      if (p.notes) {
        var note = String(p.notes);
        if (!full && note.length > 90) { note = note.slice(0, 89) + "…"; }
        lines.push(["note", note]);
      }
      return lines;
    }

    function linesElement(lines) {
      var box = el("div", "kx-tip");
      lines.forEach(function (line) {
        var kind = line[0];
        if (kind.indexOf("status:") === 0) {
          var row = el("div", "kx-status");
          var dot = el("span", "kx-dot");
          dot.style.background = ST.status[kind.slice(7)] || ST.unknown;
          row.appendChild(dot);
          row.appendChild(el("span", null, line[1]));
          box.appendChild(row);
        } else {
          box.appendChild(el("div", "kx-" + kind, line[1]));
        }
      });
      return box;
    }

    function onParcelClick(e) {
      var id = this.kxId;
      if (e && e.originalEvent) { L.DomEvent.stop(e.originalEvent); }
      if (bridge) {
        bridge.parcelClicked(id);
      } else {
        select([id], false);
        var centre = e && e.latlng ? e.latlng : this.getBounds().getCenter();
        L.popup({ maxWidth: 320 }).setLatLng(centre)
          .setContent(linesElement(parcelLines(id, true))).openOn(map);
      }
    }

    function makeParcel(f) {
      props[f.id] = f.p;
      var layer = shapeOf(f.g, parcelStyle(f.id));
      layer.options.bubblingMouseEvents = false;
      layer.kxId = f.id;
      layer.on("click", onParcelClick);
      kalix.parcels[f.id] = layer;
      return layer;
    }

    function shown(id) { return filter === null || filter.has(id); }

    // Open on the data before adding any layer: a later zoom would project
    // every vertex twice.
    var bnd = data.bounds;
    function fitData() {
      map.fitBounds([[bnd[1], bnd[0]], [bnd[3], bnd[2]]],
        { padding: [24, 24], maxZoom: 16, animate: false });
    }
    fitData();
    // A page loaded in a hidden view has no size yet: fit again once it has
    // one, unless someone moved the map in the meantime.
    function tooSmall() { var size = map.getSize(); return size.x < 200 || size.y < 150; }
    var fitWhenSized = tooSmall();
    map.on("resize", function () {
      if (fitWhenSized && !tooSmall()) { fitWhenSized = false; fitData(); }
    });
    map.on("dragstart zoomstart", function () {
      if (!tooSmall()) { fitWhenSized = false; }
    });

    var parcelGroup = L.featureGroup();
    eachFeature(data.parcels, function (f) {
      var layer = makeParcel(f);
      if (shown(f.id)) { parcelGroup.addLayer(layer); }
    });

    // One tooltip for all parcels, filled on hover: binding one to each of
    // 10 000 parcels costs more than drawing them.
    var parcelTip = L.tooltip({
      sticky: true, direction: "top", offset: [0, -8], className: "kx-tooltip", opacity: 1
    });
    function openParcelTip(id, latlng) {
      parcelTip.setContent(linesElement(parcelLines(id, false))).setLatLng(latlng);
      if (!map.hasLayer(parcelTip)) { map.openTooltip(parcelTip); }
      return parcelTip;
    }
    parcelGroup.on("mouseover", function (e) {
      var layer = e.propagatedFrom || e.layer;
      if (!layer || layer.kxId === undefined) { return; }
      var previous = hovered;
      hovered = layer.kxId;
      if (previous !== null) { restyle(previous); }
      restyle(hovered);
      openParcelTip(layer.kxId, e.latlng);
    });
    parcelGroup.on("mousemove", function (e) {
      if (map.hasLayer(parcelTip)) { parcelTip.setLatLng(e.latlng); }
    });
    parcelGroup.on("mouseout", function () {
      var previous = hovered;
      hovered = null;
      if (previous !== null) { restyle(previous); }
      map.closeTooltip(parcelTip);
    });

    kalix.timings.parcels = performance.now();
    // ---- large layers as tiles from the application (kalixmap-tiles.js) ---------
    var T = window.KalixTiles(map, data, kalix, {
      lines: linesElement,
      parcelLines: function (p, full) { return parcelLines(null, full, p); },
      selectedStroke: SELECTED_STROKE,
      hoverStroke: HOVER_STROKE,
      bridge: function () { return bridge; },
      fmt: fmt
    });
    kalix.tiles = T;
    // ---- plans and land use (kalixmap-plans.js) ----------------------------
    var plans = window.KalixPlans(map, data, kalix, {
      lines: linesElement,
      fmt: fmt,
      selectedStroke: SELECTED_STROKE,
      onClick: function (id) { if (bridge) { bridge.planClicked(id); } },
      onGround: function (latlng) { if (bridge) { bridge.pointClicked(latlng.lat, latlng.lng); } }
    });
    var planGroup = plans.plans;
    var landUseGroup = plans.landUse;

    // ---- reference layers -------------------------------------------------
    var refBase = [];
    var refAreas = [];
    var refLines = [];
    var refPoints = [];
    data.reference.forEach(function (ref) {
      if (T.reference[ref.name]) {  // drawn as tiles, in a pane of its own
        kalix.reference[ref.name] = T.reference[ref.name];
        return;
      }
      var style = ST.reference[ref.kind] || ST.reference.other;
      var group = L.featureGroup();
      eachFeature(ref.features, function (f) {
        var options = L.extend({}, style);
        // A boundary covers everything: it must neither catch clicks nor hover.
        if (ref.kind === "boundary") {
          options.interactive = false;
          if (T.paperRenderer) { options.renderer = T.paperRenderer; }
        }
        var layer = shapeOf(f.g, options);
        var kindLabel = LBL.reference_kind[ref.kind] || ref.kind;
        if (ref.kind !== "boundary") {
          layer.bindTooltip(function () {
            return linesElement([["title", f.p.name || ref.name], ["row", kindLabel]]);
          }, { sticky: true, className: "kx-tooltip" });
        }
        group.addLayer(layer);
      });
      group.kxKind = ref.kind;
      group.kxName = ref.name;
      kalix.reference[ref.name] = group;
      var first = ref.features.g.length ? ref.features.g[0].type : "";
      if (ref.kind === "boundary") { refBase.push(group); }
      else if (first.indexOf("Point") >= 0) { refPoints.push(group); }
      else if (first.indexOf("LineString") >= 0) { refLines.push(group); }
      else { refAreas.push(group); }
    });

    // One canvas draws everything, so the drawing order is the order added.
    refBase.forEach(function (g) { g.addTo(map); });
    landUseGroup.addTo(map);
    refAreas.forEach(function (g) { g.addTo(map); });
    refLines.forEach(function (g) { g.addTo(map); });
    planGroup.addTo(map);
    parcelGroup.addTo(map);
    refPoints.forEach(function (g) { g.addTo(map); });
    T.addTo();

    kalix.timings.added = performance.now();

    var labels = window.KalixLabels(map, kalix.parcels, props, shown, parcelGroup, fmt);
    var labelsGroup = labels.group;
    var refreshLabels = labels.refresh;
    kalix.groups = {
      parcels: T.on ? T.parcels : parcelGroup, plans: planGroup, land_use: landUseGroup,
      labels: labelsGroup
    };

    function pointsToFront() {
      refPoints.forEach(function (g) { if (map.hasLayer(g)) { g.bringToFront(); } });
    }

    // ---- basemap --------------------------------------------------------
    var OSM_ATTRIBUTION = "© <a href=\"https://www.openstreetmap.org/copyright\">" +
      "OpenStreetMap</a> contributors";

    function setBasemap(b) {
      var paper = !b || b.kind === "none";
      refBase.forEach(function (g) {
        g.setStyle({ fillOpacity: paper ? 1 : 0 });
      });
      var wasShown = basemapLayer === null || map.hasLayer(basemapLayer);
      if (basemapLayer) { map.removeLayer(basemapLayer); layerControl.removeLayer(basemapLayer); }
      basemapLayer = null;
      if (!b || b.kind === "none") { return; }
      var attribution = b.kind === "osm" ? OSM_ATTRIBUTION : esc(b.attribution);
      if (b.kind === "wms") {
        basemapLayer = L.tileLayer.wms(b.url, {
          layers: b.layers, format: "image/png", transparent: false,
          attribution: attribution, maxZoom: 20
        });
      } else {
        basemapLayer = L.tileLayer(b.url, { attribution: attribution, maxZoom: 19 });
      }
      layerControl.addOverlay(basemapLayer, esc(W.basemap));
      if (wasShown) { basemapLayer.addTo(map); basemapLayer.bringToBack(); }
    }

    // ---- controls ---------------------------------------------------------
    var overlays = {};
    overlays[esc(W.parcels)] = T.on ? T.parcels : parcelGroup;
    overlays[esc(W.plans)] = planGroup;
    overlays[esc(W.land_use)] = landUseGroup;
    overlays[esc(W.labels)] = labelsGroup;
    data.reference.forEach(function (ref) { overlays[esc(ref.name)] = kalix.reference[ref.name]; });
    var layerControl = L.control.layers(null, overlays, { collapsed: true, position: "topright" })
      .addTo(map);
    L.control.scale({ imperial: false, maxWidth: 160 }).addTo(map);

    function statusCounts() {
      if (T.on) { return T.counts(); }
      var counts = {};
      Object.keys(kalix.parcels).forEach(function (id) {
        if (!shown(Number(id))) { return; }
        var s = (props[id] || {}).status;
        counts[s] = (counts[s] || 0) + 1;
      });
      return counts;
    }
    var legend = window.KalixLegend(map, data, {
      statusCounts: statusCounts, planCount: plans.count, landUseCodes: plans.landUseCodes
    });
    var fillLegend = legend.fill;

    // Zoom to a selection, leaving room for the legend.
    function zoomTo(bounds) {
      map.fitBounds(bounds, legend.fitOptions(bounds, 40, 16));
    }

    // ---- the application's calls ------------------------------------------
    function restyle(id) {
      var layer = kalix.parcels[id];
      if (layer) { layer.setStyle(parcelStyle(id)); }
    }

    function select(ids, zoom) {
      var previous = selected;
      selected = new Set(ids.map(Number));
      previous.forEach(function (id) { if (!selected.has(id)) { restyle(id); } });
      var bounds = null;
      selected.forEach(function (id) {
        var layer = kalix.parcels[id];
        if (!layer) { return; }
        restyle(id);
        if (parcelGroup.hasLayer(layer)) { layer.bringToFront(); }
        bounds = bounds ? bounds.extend(layer.getBounds()) : L.latLngBounds(
          layer.getBounds().getSouthWest(), layer.getBounds().getNorthEast());
      });
      pointsToFront();
      if (zoom && bounds) { zoomTo(bounds); }
      return Array.from(selected);
    }

    function selectPlans(ids, zoom) {
      var bounds = plans.select(ids);
      if (zoom && bounds) { zoomTo(bounds); }
      return plans.selected();
    }

    // One canvas draws in the order layers were added, so plans and land-use
    // areas added later would cover the parcels: put the stack back in order.
    function restack() {
      refBase.concat([landUseGroup], refAreas, refLines, [planGroup], [parcelGroup])
        .forEach(function (g) { if (map.hasLayer(g)) { g.bringToFront(); } });
      plans.raiseSelected();
      selected.forEach(function (id) {
        var layer = kalix.parcels[id];
        if (layer && parcelGroup.hasLayer(layer)) { layer.bringToFront(); }
      });
      pointsToFront();
    }

    function updatePlans(columns, complete, landUse) {
      if (plans.update(columns, complete, landUse || null)) { restack(); }
      fillLegend();
      return columns.id.length;
    }

    function removePlans(ids) {
      var count = plans.remove(ids);
      fillLegend();
      return count;
    }

    function updateParcels(columns) {
      eachFeature(columns, function (f) {
        var layer = kalix.parcels[f.id];
        var samePolygonKind = layer && (f.g.type === "Polygon" || f.g.type === "MultiPolygon");
        if (samePolygonKind) {
          props[f.id] = f.p;
          layer.setLatLngs(latLngsOf(f.g));
          restyle(f.id);
        } else {
          if (layer) { parcelGroup.removeLayer(layer); }
          layer = makeParcel(f);
          if (shown(f.id)) { parcelGroup.addLayer(layer); }
        }
      });
      pointsToFront();
      fillLegend();
      refreshLabels();
      return columns.id.length;
    }

    function removeParcels(ids) {
      ids.forEach(function (id) {
        var layer = kalix.parcels[id];
        if (layer) { parcelGroup.removeLayer(layer); }
        delete kalix.parcels[id];
        delete props[id];
        selected.delete(Number(id));
      });
      fillLegend();
      refreshLabels();
      return ids.length;
    }

    function setVisible(ids) {
      filter = ids === null ? null : new Set(ids.map(Number));
      var count = 0;
      Object.keys(kalix.parcels).forEach(function (key) {
        var id = Number(key);
        var layer = kalix.parcels[key];
        var want = shown(id);
        var has = parcelGroup.hasLayer(layer);
        if (want && !has) { parcelGroup.addLayer(layer); }
        if (!want && has) { parcelGroup.removeLayer(layer); }
        if (want) { count += 1; }
      });
      pointsToFront();
      fillLegend();
      refreshLabels();
      return count;
    }

    function layerByName(name) {
      if (name === "basemap") { return basemapLayer; }
      if (kalix.groups[name]) { return kalix.groups[name]; }
      if (kalix.reference[name]) { return kalix.reference[name]; }
      return null;
    }

    function setLayerVisible(name, visible) {
      var targets = [];
      if (name.indexOf("reference:") === 0) {
        var kind = name.slice(10);
        Object.keys(kalix.reference).forEach(function (n) {
          if (kalix.reference[n].kxKind === kind) { targets.push(kalix.reference[n]); }
        });
      } else {
        var layer = layerByName(name);
        if (layer) { targets.push(layer); }
      }
      targets.forEach(function (layer) {
        if (visible && !map.hasLayer(layer)) { layer.addTo(map); }
        if (!visible && map.hasLayer(layer)) { map.removeLayer(layer); }
      });
      if (visible && name === "basemap" && basemapLayer) { basemapLayer.bringToBack(); }
      pointsToFront();
      return targets.length;
    }

    function showPopup(lat, lng, lines) {
      // Long lines (a provision's wording) wrap inside the popup instead of running out.
      var box = el("div", "kx-tip kx-wrap");
      lines.forEach(function (line, i) {
        box.appendChild(el("div", i === 0 ? "kx-title" : "kx-row", line));
      });
      var popup = L.popup({ maxWidth: 360, maxHeight: 320 }).setLatLng([lat, lng]).setContent(box);
      // The answer may be long (a plan's provisions): the legend folds while it is open,
      // so it hides none of it, and unfolds again when it closes (as the user left it).
      var legendEl = document.querySelector(".kx-legend");
      if (legendEl && !legendEl.classList.contains("kx-collapsed")) {
        legendEl.classList.add("kx-collapsed");
        popup.on("remove", function () { legendEl.classList.remove("kx-collapsed"); });
      }
      popup.openOn(map);
      return lines.length;
    }

    kalix.select = select;
    kalix.selected = function () { return T.on ? T.selected() : Array.from(selected); };
    kalix.zoomTo = zoomTo;
    // The application repainted parcel tiles (an edit, undo, filter): new counts too.
    kalix.tilesChanged = function (version, box, counts, total) {
      var n = T.refresh(version, box, counts, total);
      fillLegend();
      return n;
    };
    kalix.selectPlans = selectPlans;
    kalix.selectedPlans = plans.selected;
    kalix.planStroke = function (id) {
      var layer = kalix.plans[id];
      return layer ? layer.options.color : null;
    };
    kalix.updatePlans = updatePlans;
    kalix.removePlans = removePlans;
    kalix.planInfo = plans.info;
    // Opens the tooltip on a plan boundary and returns the text it shows.
    kalix.showPlanTooltip = plans.showTooltip;
    kalix.styleOf = function (id) {
      var layer = kalix.parcels[id];
      return layer ? layer.options.fillColor : null;
    };
    kalix.styleInfo = function (id) {
      var layer = kalix.parcels[id];
      if (!layer) { return null; }
      var o = layer.options;
      return { fillColor: o.fillColor, color: o.color, weight: o.weight,
        fillOpacity: o.fillOpacity, selected: selected.has(Number(id)),
        visible: parcelGroup.hasLayer(layer) };
    };
    kalix.updateParcels = updateParcels;
    kalix.removeParcels = removeParcels;
    kalix.setVisible = setVisible;
    kalix.visibleCount = function () {
      if (!T.on) { return parcelGroup.getLayers().length; }
      var c = T.counts();
      return Object.keys(c).reduce(function (sum, k) { return sum + c[k]; }, 0);
    };
    kalix.setLayerVisible = setLayerVisible;
    kalix.layerVisible = function (name) {
      var layer = layerByName(name);
      return layer ? map.hasLayer(layer) : null;
    };
    kalix.setBasemap = setBasemap;
    kalix.showPopup = showPopup;
    // Opens the hover tooltip on a parcel and returns the text it shows.
    kalix.showTooltip = function (id) {
      var layer = kalix.parcels[id];
      if (!layer) { return null; }
      return openParcelTip(id, layer.getBounds().getCenter()).getElement().textContent;
    };
    kalix.tooltipText = kalix.showTooltip;
    kalix.extent = function () {
      var b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    };

    setBasemap(data.basemap);


    map.on("click", function (e) {
      if (bridge) { bridge.pointClicked(e.latlng.lat, e.latlng.lng); }
    });
    map.on("moveend", function () { if (bridge) { bridge.viewChanged(); } });

    // ---- readiness: layers drawn AND bridge connected ---------------------
    function maybeReady() {
      if (built && (bridge || kalix.standalone) && !readySent) {
        readySent = true;
        kalix.ready = true;
        if (bridge) { bridge.ready(); }
      }
    }

    kalix.timings.start = startedAt;
    kalix.timings.built = performance.now();

    function drawn() {
      // Tiled layers: ready when the first view's tiles have come.
      var waiting = T.loading();
      if (waiting.length) {
        var left = waiting.length;
        waiting.forEach(function (layer) {
          layer.once("load", function () {
            left -= 1;
            if (left === 0) { drawn(); }
          });
        });
        return;
      }
      kalix.timings.drawn = performance.now();
      built = true;
      maybeReady();
      T.viewChanged();
    }

    // The desktop application connects its QWebChannel in an isolated script
    // world this page cannot reach; the page sends its calls there as DOM events
    // and learns that the channel is up from an attribute (or an event).
    if (data.bridge) {
      kalix.standalone = false;
      var connect = function () {
        if (bridge) { return; }
        bridge = {};
        ["ready", "parcelClicked", "planClicked", "pointClicked", "viewChanged", "hover",
          "viewNeeds"].forEach(
          function (name) {
            bridge[name] = function () {
              document.dispatchEvent(new CustomEvent("kalix-bridge-call", {
                detail: { call: name, args: Array.prototype.slice.call(arguments) }
              }));
            };
          });
        maybeReady();
      };
      if (document.documentElement.getAttribute("data-kalix-bridge") === "ready") {
        connect();
      } else {
        document.addEventListener("kalix-bridge-ready", connect);
      }
    }
    // The canvas draws on the next animation frame; a hidden page gets none.
    if (document.visibilityState === "hidden") {
      drawn();
    } else {
      requestAnimationFrame(function () { requestAnimationFrame(drawn); });
    }
  };
}());
