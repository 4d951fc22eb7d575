/*
 * KalixPlan map page: small helpers shared by the page's scripts.
 * Every user text reaches the DOM through el() (textContent); esc() is only
 * for the two Leaflet APIs that take HTML strings.
 */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function esc(text) {
    var node = document.createElement("span");
    node.textContent = text === undefined || text === null ? "" : String(text);
    return node.innerHTML;
  }

  function darker(hex) {
    var n = parseInt(hex.slice(1), 16);
    var r = Math.round(((n >> 16) & 255) * 0.62);
    var g = Math.round(((n >> 8) & 255) * 0.62);
    var b = Math.round((n & 255) * 0.62);
    return "#" + ((1 << 24) + (r << 16) + (g << 8) + b).toString(16).slice(1);
  }

  function latLngsOf(geometry) {
    var t = geometry.type;
    if (t === "Polygon") { return L.GeoJSON.coordsToLatLngs(geometry.coordinates, 1); }
    if (t === "MultiPolygon") { return L.GeoJSON.coordsToLatLngs(geometry.coordinates, 2); }
    if (t === "LineString") { return L.GeoJSON.coordsToLatLngs(geometry.coordinates, 0); }
    if (t === "MultiLineString") { return L.GeoJSON.coordsToLatLngs(geometry.coordinates, 1); }
    return null;
  }

  function shapeOf(geometry, options) {
    var t = geometry.type;
    if (t === "Point") {
      var c = geometry.coordinates;
      return L.circleMarker([c[1], c[0]], options);
    }
    if (t === "Polygon" || t === "MultiPolygon") { return L.polygon(latLngsOf(geometry), options); }
    if (t === "LineString" || t === "MultiLineString") {
      return L.polyline(latLngsOf(geometry), options);
    }
    return L.geoJSON(geometry, { style: options });
  }

  // Features arrive as columns {id: [...], p: [...], g: [...]}.
  function eachFeature(columns, fn) {
    for (var i = 0; i < columns.id.length; i += 1) {
      fn({ id: columns.id[i], p: columns.p[i], g: columns.g[i] });
    }
  }

  // Hide labels that would overlap one shown before them (bigger areas first).
  function declutter(group) {
    var placed = [];
    group.eachLayer(function (tip) {
      var node = tip.getElement();
      if (!node) { return; }
      node.style.visibility = "";
      var r = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      node.querySelectorAll(".kx-l1, .kx-l2").forEach(function (line) {
        var q = line.getBoundingClientRect();
        r = { left: Math.min(r.left, q.left), top: Math.min(r.top, q.top),
          right: Math.max(r.right, q.right), bottom: Math.max(r.bottom, q.bottom) };
      });
      var clash = placed.some(function (q) {
        return r.left < q.right && r.right > q.left && r.top < q.bottom && r.bottom > q.top;
      });
      if (clash) { node.style.visibility = "hidden"; } else { placed.push(r); }
    });
  }

  // A land-use code's entry in a dictionary (colours, labels): its own, else the
  // entry of its first capital letter, the first use it combines ("RS" → R,
  // "J1" → J, "Jm" → J; kalixplan.domain.codes.land_use_parts).
  function landUseEntry(dict, code) {
    var key = code === undefined || code === null ? "" : String(code);
    if (Object.prototype.hasOwnProperty.call(dict, key)) { return dict[key]; }
    var first = key.match(/[A-ZÅÄÖ]/);
    if (first && Object.prototype.hasOwnProperty.call(dict, first[0])) { return dict[first[0]]; }
    return undefined;
  }

  window.KalixBase = {
    el: el, esc: esc, darker: darker, latLngsOf: latLngsOf, shapeOf: shapeOf,
    eachFeature: eachFeature, declutter: declutter, landUseEntry: landUseEntry
  };
}());
