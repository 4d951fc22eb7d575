/*
 * KalixPlan map page: the legend. Parcel statuses with their counts, the plan
 * boundary, the land-use codes present and the reference layers; the long
 * sections fold, and start folded on a small map.
 */
(function () {
  "use strict";

  var B = window.KalixBase;
  var el = B.el;
  var darker = B.darker;

  /*
   * statusCounts(): status -> number of parcels shown.
   * Returns {fill()} to redraw it after data changes.
   */
  window.KalixLegend = function (map, data, statusCounts) {
    var W = data.labels.words;
    var LBL = data.labels;
    var ST = data.styles;
    var legendBody = null;
    function swatch(kind, style) {
      var s = el("span", "kx-swatch kx-swatch-" + kind);
      if (style.fill) { s.style.background = style.fill; }
      if (style.stroke) { s.style.borderColor = style.stroke; }
      if (style.dash) { s.style.borderStyle = "dashed"; }
      return s;
    }

    function legendRow(parent, sw, text) {
      var row = el("div", "kx-legend-row");
      row.appendChild(sw);
      row.appendChild(el("span", null, text));
      parent.appendChild(row);
    }

    // Sections a user folded stay folded; on a small map the long ones start folded.
    var folded = { land_use: map.getSize().y < 760, reference: map.getSize().y < 760 };

    function section(key, title) {
      var head = el("div", "kx-legend-head" + (key ? " kx-foldable" : ""), title);
      var body = el("div", "kx-legend-section");
      if (key) {
        if (folded[key]) { head.classList.add("kx-folded"); body.style.display = "none"; }
        head.addEventListener("click", function () {
          folded[key] = !folded[key];
          head.classList.toggle("kx-folded", folded[key]);
          body.style.display = folded[key] ? "none" : "";
        });
      }
      legendBody.appendChild(head);
      legendBody.appendChild(body);
      return body;
    }

    function fillLegend() {
      if (!legendBody) { return; }
      legendBody.textContent = "";
      var part = section(null, W.parcels);
      var counts = statusCounts();
      ST.status_order.forEach(function (s) {
        var n = counts[s] || 0;
        legendRow(part, swatch("area", { fill: ST.status[s], stroke: darker(ST.status[s]) }),
          LBL.status[s] + " (" + n + ")");
      });
      if (data.plans.id.length) {
        part = section(null, W.plans);
        legendRow(part, swatch("line", { stroke: "#4b2a7b", dash: true }), W.plan_boundary);
      }
      var codes = [];
      data.land_use.p.forEach(function (p) { if (codes.indexOf(p.code) < 0) { codes.push(p.code); } });
      if (codes.length) {
        part = section("land_use", W.land_use);
        codes.sort().forEach(function (code) {
          var fill = ST.land_use[code] || ST.unknown;
          legendRow(part, swatch("area", { fill: fill, stroke: darker(fill) }),
            code + " " + (LBL.land_use[code] || ""));
        });
      }
      if (data.reference.length) {
        part = section("reference", W.reference);
        data.reference.forEach(function (ref) {
          var st = ST.reference[ref.kind] || ST.reference.other;
          var first = ref.features.g.length ? ref.features.g[0].type : "";
          var kind = first.indexOf("Point") >= 0 ? "point"
            : (first.indexOf("LineString") >= 0 || ref.kind === "boundary" ? "line" : "area");
          legendRow(part, swatch(kind, {
            fill: kind === "line" ? null : (st.fillColor || st.color),
            stroke: st.color, dash: !!st.dashArray
          }), ref.name);
        });
      }
    }

    var Legend = L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var box = el("div", "kx-legend leaflet-bar");
        var head = el("div", "kx-legend-title", W.legend);
        legendBody = el("div", "kx-legend-body");
        head.addEventListener("click", function () {
          box.classList.toggle("kx-collapsed");
        });
        box.appendChild(head);
        box.appendChild(legendBody);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        fillLegend();
        return box;
      }
    });
    new Legend().addTo(map);

    return { fill: fillLegend };
  };
}());
