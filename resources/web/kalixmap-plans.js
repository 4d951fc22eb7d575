/*
 * KalixPlan map page: detailed plans and their land-use areas.
 *
 * Builds the plan boundaries (only the line is clickable: a click inside a
 * plan is a click on the ground, "what applies here", which names the plan
 * anyway) and the land-use areas, keeps the plan selection, and changes both
 * in place after an edit: tooltips read a plan's current properties, a plan
 * given a new designation renames it in its land-use areas' tooltips, a plan
 * sent with its land-use areas gets exactly those, and a deleted plan takes
 * its land-use areas with it (the database deletes them too). A land-use area
 * knows its plan by designation, which is unique.
 */
(function () {
  "use strict";

  var B = window.KalixBase;
  var darker = B.darker;
  var latLngsOf = B.latLngsOf;
  var shapeOf = B.shapeOf;
  var eachFeature = B.eachFeature;


  /*
   * kalix: the page's window.kalix (its plans and landUse are filled here);
   * opt.lines(lines): the tooltip element of [kind, text] lines;
   * opt.fmt(value, digits): a number in the page's language;
   * opt.onClick(id): a plan boundary was clicked;
   * opt.onGround(latlng): a click inside a plan, away from its line;
   * opt.selectedStroke: the colour of a selected boundary.
   * Returns the two groups (plans, landUse) and the functions below.
   */
  window.KalixPlans = function (map, data, kalix, opt) {
    var W = data.labels.words;
    var LBL = data.labels;
    var ST = data.styles;
    // The palette's plan stroke and land-use opacity (kalixplan/domain/palette.py).
    var PLAN_STYLE = { color: ST.plan_stroke, weight: 2.2, dashArray: "7 4", opacity: 0.95 };
    var PLAN_SELECTED = { color: opt.selectedStroke, weight: 4.5, dashArray: null, opacity: 1 };
    var planProps = {};
    var selected = new Set();
    var planGroup = L.featureGroup();
    var landUseGroup = L.featureGroup();

    // ---- land use ------------------------------------------------------------
    function removeLandUse(id) {
      var layer = kalix.landUse[id];
      if (layer) { landUseGroup.removeLayer(layer); }
      delete kalix.landUse[id];
    }

    function landUseStyle(code) {
      var fill = B.landUseEntry(ST.land_use, code) || ST.unknown;
      return { fillColor: fill, color: darker(fill), weight: 0.8, fillOpacity: ST.land_use_opacity, opacity: 0.7 };
    }

    function makeLandUse(f) {
      removeLandUse(f.id);
      var p = f.p;
      var layer = shapeOf(f.g, landUseStyle(p.code));
      // Read when shown, so a renamed plan shows its new designation.
      layer.bindTooltip(function () {
        var lines = [["title", p.code + " – " + (B.landUseEntry(LBL.land_use, p.code) || "")]];
        if (p.plan) { lines.push(["row", W.plan + ": " + p.plan]); }
        if (p.max_height_m !== null && p.max_height_m !== undefined) {
          lines.push(["row", W.max_height + ": " + opt.fmt(p.max_height_m, 1) + " m"]);
        }
        return opt.lines(lines);
      }, { sticky: true, className: "kx-tooltip" });
      layer.kxProps = p;
      kalix.landUse[f.id] = layer;
      landUseGroup.addLayer(layer);
    }

    // An area already drawn changes in place (no new layer on top); true if it was.
    function updateLandUse(f) {
      var layer = kalix.landUse[f.id];
      if (!layer || (f.g.type !== "Polygon" && f.g.type !== "MultiPolygon")) { return false; }
      L.extend(layer.kxProps, f.p);  // the object its tooltip reads
      layer.setLatLngs(latLngsOf(f.g));
      layer.setStyle(landUseStyle(f.p.code));
      return true;
    }

    // The ids of a plan's land-use areas.
    function landUseOf(designation) {
      return Object.keys(kalix.landUse).filter(function (id) {
        return designation && kalix.landUse[id].kxProps.plan === designation;
      });
    }

    // ---- plans ---------------------------------------------------------------
    function planStyle(id) {
      return selected.has(id) ? PLAN_SELECTED : PLAN_STYLE;
    }

    function planLines(id) {
      var p = planProps[id] || {};
      var lines = [["title", p.designation], ["sub", p.name],
        ["row", LBL.plan_status[p.status] || p.status]];
      if (p.implementation_ends) {
        lines.push(["row", W.implementation_ends + ": " + p.implementation_ends]);
      }
      return lines;
    }

    // Whether a layer point lies on a plan's outline (within its stroke and a few pixels).
    function onOutline(layer, point) {
      return L.Polyline.prototype._containsPoint.call(layer, point, true);
    }

    function makePlan(f) {
      planProps[f.id] = f.p;
      var layer = shapeOf(f.g, L.extend({ fill: false }, planStyle(f.id)));
      layer.options.bubblingMouseEvents = false;
      layer.kxId = f.id;
      layer.on("click", function (e) {
        if (e && e.originalEvent) { L.DomEvent.stop(e.originalEvent); }
        // The canvas renderer hit-tests a polygon by its inside even when it is not
        // filled: a click inside a plan arrives here. Only a click on the line
        // itself selects the plan; inside, it is a click on the ground ("what
        // applies here"), which names the plan anyway.
        if (e && e.layerPoint && !onOutline(layer, e.layerPoint)) {
          // Plans overlap: the canvas names the topmost one whose inside holds the
          // point; the line under the pointer may be another plan's.
          var lined = Object.keys(kalix.plans).filter(function (k) {
            return planGroup.hasLayer(kalix.plans[k]) && onOutline(kalix.plans[k], e.layerPoint);
          });
          if (lined.length) { opt.onClick(Number(lined[0])); return; }
          if (opt.onGround) { opt.onGround(e.latlng); }
          return;
        }
        opt.onClick(f.id);
      });
      layer.bindTooltip(function () { return opt.lines(planLines(f.id)); },
        { sticky: true, className: "kx-tooltip" });
      kalix.plans[f.id] = layer;
      planGroup.addLayer(layer);
      return layer;
    }

    eachFeature(data.land_use, makeLandUse);
    eachFeature(data.plans, makePlan);

    // A selected plan: its boundary drawn solid in the selection colour, on top.
    // Returns the bounds of the selected boundaries (null when none is on the page).
    function select(ids) {
      var previous = selected;
      selected = new Set(ids.map(Number));
      previous.forEach(function (id) {
        var layer = kalix.plans[id];
        if (layer && !selected.has(id)) { layer.setStyle(PLAN_STYLE); }
      });
      var bounds = null;
      selected.forEach(function (id) {
        var layer = kalix.plans[id];
        if (!layer) { return; }
        layer.setStyle(PLAN_SELECTED);
        if (planGroup.hasLayer(layer)) { layer.bringToFront(); }
        bounds = bounds ? bounds.extend(layer.getBounds()) : L.latLngBounds(
          layer.getBounds().getSouthWest(), layer.getBounds().getNorthEast());
      });
      return bounds;
    }

    function remove(ids) {
      ids.forEach(function (key) {
        var id = Number(key);
        var layer = kalix.plans[id];
        if (layer) { planGroup.removeLayer(layer); }
        landUseOf((planProps[id] || {}).designation).forEach(removeLandUse);
        delete kalix.plans[id];
        delete planProps[id];
        selected.delete(id);
      });
      return ids.length;
    }

    /*
     * Restyle, re-tooltip or add plans. With `complete` the columns are every
     * plan there is and the others are removed. `landUse` (columns, or null)
     * are the land-use areas of these plans (of all plans with `complete`)
     * and replace the ones they had. Returns how many layers were added:
     * they are drawn on top until the page puts the stack back in order.
     */
    function update(columns, complete, landUse) {
      var added = 0;
      var seen = new Set();
      var replaced = new Set();  // designations whose land-use areas are replaced
      eachFeature(columns, function (f) {
        seen.add(f.id);
        var before = planProps[f.id];
        if (landUse) {
          replaced.add(f.p.designation);
          if (before) { replaced.add(before.designation); }
        } else if (before && before.designation !== f.p.designation) {
          landUseOf(before.designation).forEach(function (areaId) {
            kalix.landUse[areaId].kxProps.plan = f.p.designation;
          });
        }
        var layer = kalix.plans[f.id];
        if (layer && (f.g.type === "Polygon" || f.g.type === "MultiPolygon")) {
          planProps[f.id] = f.p;
          layer.setLatLngs(latLngsOf(f.g));
          layer.setStyle(planStyle(f.id));
          if (layer.isTooltipOpen()) { layer.getTooltip().update(); }
        } else {
          if (layer) { planGroup.removeLayer(layer); }
          makePlan(f);
          added += 1;
        }
      });
      if (complete) {
        remove(Object.keys(kalix.plans).map(Number).filter(function (id) {
          return !seen.has(id);
        }));
      }
      if (landUse) {
        var sent = new Set(landUse.id.map(String));
        Object.keys(kalix.landUse).forEach(function (id) {
          var gone = complete || replaced.has(kalix.landUse[id].kxProps.plan);
          if (gone && !sent.has(id)) { removeLandUse(id); }
        });
        eachFeature(landUse, function (f) {
          if (!updateLandUse(f)) { makeLandUse(f); added += 1; }
        });
      }
      return added;
    }

    // Opens a plan's tooltip at the middle of its boundary and returns its text.
    function showTooltip(id) {
      var layer = kalix.plans[id];
      if (!layer || !map.hasLayer(layer)) { return null; }
      layer.openTooltip(layer.getBounds().getCenter());
      var node = layer.getTooltip().getElement();
      return node ? node.textContent : null;
    }

    return {
      plans: planGroup,
      landUse: landUseGroup,
      select: select,
      selected: function () { return Array.from(selected); },
      update: update,
      remove: remove,
      // Selected boundaries on top again (after the page restacked its layers).
      raiseSelected: function () { select(Array.from(selected)); },
      showTooltip: showTooltip,
      info: function (id) {
        var layer = kalix.plans[id];
        if (!layer) { return null; }
        var p = planProps[id];
        return { designation: p.designation, name: p.name, status: p.status,
          implementation_ends: p.implementation_ends, color: layer.options.color,
          selected: selected.has(Number(id)), landUse: landUseOf(p.designation).map(Number) };
      },
      count: function () { return Object.keys(kalix.plans).length; },
      landUseCodes: function () {
        var codes = [];
        Object.keys(kalix.landUse).forEach(function (id) {
          var code = kalix.landUse[id].kxProps.code;
          if (codes.indexOf(code) < 0) { codes.push(code); }
        });
        return codes.sort();
      }
    };
  };
}());
