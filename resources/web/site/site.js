/* KalixPlan "ledig mark" site: the small map and the filter of the parcel list.
 *
 * The page's data is JSON in <script type="application/json" id="site-data">, read
 * with JSON.parse; every name is written with textContent, never as markup. No
 * network requests: no tiles, only the shapes in the data over a plain background.
 */
(function () {
  "use strict";

  function readData() {
    var block = document.getElementById("site-data");
    return block ? JSON.parse(block.textContent) : null;
  }

  // Only the site's own pages may become links from the data: relative paths made of
  // slug characters, or absolute http(s) addresses when the site has a base address.
  function safeHref(href) {
    if (typeof href !== "string") { return null; }
    if (/^[a-z0-9._\/-]+\.html$/.test(href)) { return href; }
    if (/^https?:\/\/[^\s"'<>]+\.html$/.test(href)) { return href; }
    return null;
  }

  function textNode(tag, text, cls) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (cls) { el.className = cls; }
    return el;
  }

  function popup(p, words) {
    var box = document.createElement("div");
    box.appendChild(textNode("strong", p.name));
    box.appendChild(document.createElement("br"));
    box.appendChild(document.createTextNode([p.area, p.size].filter(Boolean).join(" · ")));
    var href = safeHref(p.href);
    if (href && !p.highlight) {
      box.appendChild(document.createElement("br"));
      var a = textNode("a", words.more.replace("{d}", p.name));
      a.href = href;
      box.appendChild(a);
    }
    return box;
  }

  function drawMap(data) {
    var box = document.getElementById("map");
    if (!box || !window.L) { return null; }
    var map = L.map(box, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
    var styles = data.styles;
    data.reference.forEach(function (r) {
      var style = styles.reference[r.kind] || {};
      var layer = L.geoJSON({ type: "Feature", geometry: r.g, properties: {} }, {
        style: function () {
          var s = Object.assign({ interactive: false }, style);
          if (r.kind === "boundary") { s.fillOpacity = 1; }
          return s;
        },
        pointToLayer: function (_f, latlng) {
          return L.circleMarker(latlng, Object.assign({}, style));
        },
      });
      if (r.kind !== "boundary" && r.name) {
        layer.bindTooltip(textNode("span", r.name), { sticky: true });
      }
      layer.addTo(map);
    });
    var parcels = {};
    var single = data.parcels.some(function (p) { return p.highlight; });
    data.parcels.forEach(function (p) {
      var colour = p.highlight ? styles.highlight : styles.parcel;
      var group = L.geoJSON({ type: "Feature", geometry: p.g, properties: {} }, {
        style: function () {
          return {
            color: colour, weight: p.highlight ? 4 : 2, fillColor: styles.parcel,
            fillOpacity: p.highlight ? 0.55 : 0.45,
          };
        },
      });
      if (!single) {
        // Parcels are a few pixels across on the overview: a dot marks each one.
        group.addLayer(L.circleMarker(p.c, {
          radius: 6, color: "#ffffff", weight: 2, fillColor: styles.parcel, fillOpacity: 1,
        }));
      }
      group.bindTooltip(textNode("span", p.name), { sticky: true });
      group.bindPopup(popup(p, data.words));
      group.addTo(map);
      parcels[p.id] = group;
    });
    (data.areas || []).forEach(function (a) {
      L.tooltip({
        permanent: true, direction: "top", offset: [0, -10], className: "area-label", interactive: false,
      })
        .setLatLng([a.lat, a.lon]).setContent(textNode("span", a.name)).addTo(map);
    });
    if (single) {
      // A site alone says little: show it with the roads and land around it (about 4 km).
      map.setView(L.latLngBounds(data.bounds).getCenter(), 14);
    } else {
      map.fitBounds(data.bounds, { padding: [30, 30], maxZoom: 15 });
    }
    L.control.scale({ imperial: false }).addTo(map);
    return { map: map, parcels: parcels };
  }

  function number(value) {
    var n = parseFloat(String(value).replace(",", "."));
    return isNaN(n) ? null : n;
  }

  function setUpFilter(data, drawn) {
    var form = document.getElementById("filter");
    var count = document.getElementById("count");
    if (!form) { return; }
    form.hidden = false;
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.sites tbody tr"));
    function apply() {
      var text = form.elements.text.value.trim().toLowerCase();
      var area = form.elements.area.value;
      var minHa = number(form.elements.min_ha.value);
      var use = form.elements.use.value;
      var minMw = number(form.elements.min_power.value);
      var shown = 0;
      rows.forEach(function (row) {
        var d = row.dataset;
        var mw = d.mw === "" ? null : parseFloat(d.mw);
        var ok = (!text || d.text.indexOf(text) >= 0) &&
          (!area || d.area === area) &&
          (minHa === null || parseFloat(d.ha) >= minHa) &&
          (!use || d.use === use) &&
          // An unknown power does not meet a limit on power (as the application's search).
          (minMw === null || (mw !== null && mw >= minMw));
        row.hidden = !ok;
        if (ok) { shown += 1; }
        if (drawn && drawn.parcels[d.id]) {
          var layer = drawn.parcels[d.id];
          if (ok && !drawn.map.hasLayer(layer)) { layer.addTo(drawn.map); }
          if (!ok && drawn.map.hasLayer(layer)) { drawn.map.removeLayer(layer); }
        }
      });
      if (count) {
        count.textContent = data.words.count
          .replace("{n}", String(shown)).replace("{t}", String(rows.length));
      }
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  function start() {
    var data = readData();
    if (!data) { return; }
    var drawn = drawMap(data);
    setUpFilter(data, drawn);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
