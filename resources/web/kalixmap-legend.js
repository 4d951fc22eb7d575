/*
 * KalixPlan map page: the legend. Parcel statuses with their counts, the plan
 * boundary, the land-use codes present and the reference layers; the long
 * sections fold, and start folded on a small map. A zoom to a selection asks
 * it for the room it takes (fitOptions), so the legend covers none of it.
 */
(function () {
  "use strict";

  var B = window.KalixBase;
  var el = B.el;
  var darker = B.darker;

  // A selection is kept this far (px) from the legend's edge, and a view
  // beside or above the legend must keep at least MIN_VIEW px each way.
  var GAP = 12;
  var MIN_VIEW = 80;

  /*
   * counts.statusCounts(): status -> number of parcels shown;
   * counts.planCount(): number of plans on the page;
   * counts.landUseCodes(): the land-use codes on the page, sorted.
   * Returns {fill()} to redraw it after data changes and
   * {fitOptions(bounds, padding, maxZoom)} for map.fitBounds.
   */
  window.KalixLegend = function (map, data, counts) {
    var W = data.labels.words;
    var LBL = data.labels;
    var ST = data.styles;
    var legendBox = null;
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
      var statuses = counts.statusCounts();
      ST.status_order.forEach(function (s) {
        var n = statuses[s] || 0;
        legendRow(part, swatch("area", { fill: ST.status[s], stroke: darker(ST.status[s]) }),
          LBL.status[s] + " (" + n + ")");
      });
      if (counts.planCount()) {
        part = section(null, W.plans);
        legendRow(part, swatch("line", { stroke: ST.plan_stroke, dash: true }), W.plan_boundary);
      }
      var codes = counts.landUseCodes();
      if (codes.length) {
        part = section("land_use", W.land_use);
        codes.forEach(function (code) {
          var fill = B.landUseEntry(ST.land_use, code) || ST.unknown;
          legendRow(part, swatch("area", { fill: fill, stroke: darker(fill) }),
            code + " " + (B.landUseEntry(LBL.land_use, code) || ""));
        });
      }
      if (data.reference.length) {
        part = section("reference", W.reference);
        data.reference.forEach(function (ref) {
          var st = ST.reference[ref.kind] || ST.reference.other;
          var first = ref.features.g.length ? ref.features.g[0].type : "";
          var kind = first.indexOf("Point") >= 0 ? "point"
            : (first.indexOf("LineString") >= 0 || ref.kind === "boundary" ? "line" : "area");
          // An outlined kind (a property map's plots) shows as an outline, not a block.
          var outlined = kind === "line" || st.fillOpacity === 0;
          legendRow(part, swatch(kind, {
            fill: outlined ? null : (st.fillColor || st.color),
            stroke: st.color, dash: !!st.dashArray
          }), ref.name);
        });
      }
    }

    var Legend = L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var box = el("div", "kx-legend leaflet-bar");
        legendBox = box;
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

    /*
     * Options for map.fitBounds(bounds, ...) that keep `bounds` clear of the
     * legend as it is drawn now (folded or not): `padding` px on every side,
     * and on the legend's side as much more as the legend reaches into the
     * map. The legend sits in a corner, so the selection may go beside it or
     * above (below) it; the one that allows the closer zoom is taken, on a tie
     * the one with the larger view. A map too small for either gets the plain
     * padding.
     */
    function fitOptions(bounds, padding, maxZoom) {
      var base = L.point(padding, padding);
      var plain = { paddingTopLeft: base, paddingBottomRight: base, maxZoom: maxZoom };
      if (!legendBox || !legendBox.offsetWidth || !legendBox.offsetHeight) { return plain; }
      var area = map.getContainer().getBoundingClientRect();
      var box = legendBox.getBoundingClientRect();
      var onRight = box.left + box.width / 2 > area.left + area.width / 2;
      var onBottom = box.top + box.height / 2 > area.top + area.height / 2;
      var across = Math.max(padding, GAP + (onRight ? area.right - box.left : box.right - area.left));
      var down = Math.max(padding, GAP + (onBottom ? area.bottom - box.top : box.bottom - area.top));
      var size = map.getSize();

      function option(x, y) {
        var topLeft = L.point(onRight ? padding : x, onBottom ? padding : y);
        var bottomRight = L.point(onRight ? x : padding, onBottom ? y : padding);
        var view = size.subtract(topLeft).subtract(bottomRight);
        if (view.x < MIN_VIEW || view.y < MIN_VIEW) { return null; }
        return {
          options: { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, maxZoom: maxZoom },
          zoom: Math.min(maxZoom, map.getBoundsZoom(bounds, false, topLeft.add(bottomRight))),
          view: view.x * view.y
        };
      }

      var choices = [option(across, padding), option(padding, down)].filter(Boolean);
      if (!choices.length) { return plain; }
      choices.sort(function (a, b) { return b.zoom - a.zoom || b.view - a.view; });
      return choices[0].options;
    }

    return { fill: fillLegend, fitOptions: fitOptions };
  };
}());
