/*
 * KalixPlan map page: permanent labels. Area names while zoomed out, parcel
 * designation and hectares while zoomed in (at most 250, those in view);
 * labels that would overlap an earlier one are hidden.
 */
(function () {
  "use strict";

  var B = window.KalixBase;
  var el = B.el;
  var declutter = B.declutter;

  /*
   * map: the Leaflet map; parcels: id -> layer; props: id -> properties;
   * shown(id): whether the filter shows a parcel; parcelGroup: the parcels'
   * group; fmt(value, digits): a number in the page's language.
   * Returns {group (the layer-control entry), refresh()}.
   */
  window.KalixLabels = function (map, parcels, props, shown, parcelGroup, fmt) {
    // ---- labels: area names when zoomed out, designations when zoomed in ----
    var AREA_LABELS_MAX_ZOOM = 14;
    var PARCEL_LABELS_MIN_ZOOM = 15;
    var PARCEL_LABELS_MAX = 250;
    var areaLabels = L.layerGroup();
    var parcelLabels = L.layerGroup();
    var parcelLabelById = {};

    function label(latlng, lines, className) {
      var box = el("div", null);
      lines.forEach(function (line, i) { box.appendChild(el("div", i ? "kx-l2" : "kx-l1", line)); });
      return L.tooltip({
        permanent: true, direction: "center", interactive: false, className: className
      }).setLatLng(latlng).setContent(box);
    }

    function buildAreaLabels() {
      areaLabels.clearLayers();
      var areas = {};
      var sizes = {};
      Object.keys(parcels).forEach(function (id) {
        var name = (props[id] || {}).area_name;
        if (!name || !shown(Number(id))) { return; }
        var b = parcels[id].getBounds();
        areas[name] = areas[name] ? areas[name].extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
        sizes[name] = (sizes[name] || 0) + 1;
      });
      Object.keys(areas).sort(function (a, b) { return sizes[b] - sizes[a]; }).forEach(function (name) {
        var b = areas[name];
        areaLabels.addLayer(label(L.latLng(b.getNorth(), b.getCenter().lng), [name], "kx-area-label"));
      });
    }

    function updateLabels() {
      var zoom = map.getZoom();
      if (zoom <= AREA_LABELS_MAX_ZOOM) {
        if (!map.hasLayer(areaLabels) && labelsWanted) { areaLabels.addTo(map); }
      } else if (map.hasLayer(areaLabels)) {
        map.removeLayer(areaLabels);
      }
      var wanted = {};
      if (zoom >= PARCEL_LABELS_MIN_ZOOM && labelsWanted && map.hasLayer(parcelGroup)) {
        var view = map.getBounds();
        var count = 0;
        var ids = Object.keys(parcels);
        for (var i = 0; i < ids.length && count < PARCEL_LABELS_MAX; i += 1) {
          var layer = parcels[ids[i]];
          if (parcelGroup.hasLayer(layer) && view.intersects(layer.getBounds())) {
            wanted[ids[i]] = true;
            count += 1;
          }
        }
      }
      Object.keys(parcelLabelById).forEach(function (id) {
        if (!wanted[id]) { parcelLabels.removeLayer(parcelLabelById[id]); delete parcelLabelById[id]; }
      });
      Object.keys(wanted).forEach(function (id) {
        if (parcelLabelById[id]) { return; }
        var p = props[id] || {};
        var centre = parcels[id].getCenter();
        parcelLabelById[id] = label(centre, [p.designation, fmt(p.area_ha, 1) + " ha"],
          "kx-parcel-label");
        parcelLabels.addLayer(parcelLabelById[id]);
      });
      if (map.hasLayer(areaLabels)) { declutter(areaLabels); }
      declutter(parcelLabels);
    }

    var labelsWanted = true;
    var labelsGroup = L.layerGroup();  // stands for both in the layer control
    map.on("overlayadd overlayremove", function (e) {
      if (e.layer !== labelsGroup) { return; }
      labelsWanted = e.type === "overlayadd";
      if (!labelsWanted) { map.removeLayer(areaLabels); parcelLabels.clearLayers(); parcelLabelById = {}; }
      updateLabels();
    });
    buildAreaLabels();
    parcelLabels.addTo(map);
    labelsGroup.addTo(map);
    updateLabels();
    map.on("zoomend moveend", updateLabels);

    function refresh() {
      parcelLabels.clearLayers();
      parcelLabelById = {};
      buildAreaLabels();
      updateLabels();
    }

    return { group: labelsGroup, refresh: refresh };
  };
}());
