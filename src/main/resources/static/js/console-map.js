/*
 * CityOps home page: the map of Longgang's grids on a plain background (no tile server), and the
 * division tree that moves it. Texts and data URLs come from the page (data-* of #map), so this file
 * holds no language. Tests and later pages reach the map through window.CityOps.map.
 */
(function () {
  'use strict';

  var el = document.getElementById('map');
  if (!el || !window.L) {
    return;
  }
  var text = el.dataset;
  var CITY = '330300';
  var MICRO_GRID_ZOOM = 14;
  var status = document.getElementById('map-status');
  var map = L.map(el, { zoomSnap: 0.25, minZoom: 7, maxZoom: 18 }).setView([27.56, 120.575], 11);
  map.attributionControl.setPrefix(false).addAttribution(text.attribution);
  L.control.scale({ imperial: false }).addTo(map);

  var byCode = new Map();
  var layers = {};
  var counts = { counties: 0, communities: 0, grids: 0, microGrids: 0 };
  var selection = null;

  function renderer(name, zIndex, interactive) {
    var pane = map.createPane(name);
    pane.style.zIndex = zIndex;
    if (!interactive) {
      // Lets clicks through to the grid canvas below.
      pane.style.pointerEvents = 'none';
    }
    return L.canvas({ pane: name, padding: 0.2 });
  }

  // One canvas per layer, stacked in this order whatever order the data arrive in; only grids take clicks.
  var renderers = {
    counties: renderer('counties', 350, false),
    grids: renderer('grids', 400, true),
    microGrids: renderer('microGrids', 410, false),
    communities: renderer('communities', 420, false),
    outlines: renderer('outlines', 430, false),
    selection: renderer('selection', 440, false)
  };

  var styles = {
    counties: function (feature) {
      var approximate = feature.properties.approximate;
      return { color: approximate ? '#c2410c' : '#7b8794', weight: approximate ? 2.5 : 1.2,
        dashArray: approximate ? '6 5' : null, fillColor: '#ffffff', fillOpacity: 0.85 };
    },
    communities: function () { return { color: '#274c77', weight: 1.6, fill: false }; },
    grids: function () { return { color: '#2f6fa8', weight: 0.8, fillColor: '#4f94cd', fillOpacity: 0.22 }; },
    microGrids: function () { return { color: '#6d9ac4', weight: 0.6, dashArray: '2 3', fill: false }; }
  };

  function show(message) {
    status.textContent = message;
  }

  function load(name, url, options) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(url + ' answered ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var layer = L.geoJSON(data, Object.assign({ style: styles[name] }, options));
        layer.eachLayer(function (shape) { byCode.set(shape.feature.properties.code, shape); });
        layers[name] = layer;
        counts[name] = layer.getLayers().length;
        return layer;
      });
  }

  function labelCounty(feature, shape) {
    var approximate = feature.properties.approximate;
    shape.bindTooltip(feature.properties.name + (approximate ? text.textApproximate : ''), {
      permanent: true, direction: 'center', className: 'county-label' + (approximate ? ' approximate' : '')
    });
  }

  function extent(ring) {
    var bounds = L.latLngBounds(ring);
    return (bounds.getNorth() - bounds.getSouth()) * (bounds.getEast() - bounds.getWest());
  }

  /** The centre of a county's largest part, so that its islands do not pull the label into the sea. */
  function labelPoint(geometry) {
    var parts = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
    var largest = parts.map(function (part) { return L.GeoJSON.coordsToLatLngs(part[0]); })
      .reduce(function (one, other) { return extent(one) >= extent(other) ? one : other; });
    return L.PolyUtil.polygonCenter(largest, map.options.crs);
  }

  /** Derived (approximate) county boundaries, dashed on top of the grids so they stay visible. */
  function outlineApproximateCounties() {
    var approximate = layers.counties.getLayers().filter(function (shape) {
      return shape.feature.properties.approximate;
    });
    return L.geoJSON({ type: 'FeatureCollection', features: approximate.map(function (shape) { return shape.feature; }) },
      { renderer: renderers.outlines, interactive: false,
        style: { color: '#c2410c', weight: 2.5, dashArray: '6 5', fill: false } });
  }

  function highlight(shape, colour) {
    if (selection) {
      map.removeLayer(selection);
    }
    selection = L.geoJSON(shape.feature, {
      interactive: false, renderer: renderers.selection,
      style: { color: colour, weight: 3, fillColor: '#ffd43b', fillOpacity: 0.35 }
    }).addTo(map);
  }

  function selectGrid(code, at) {
    var shape = byCode.get(code);
    if (!shape) {
      return;
    }
    highlight(shape, '#c2410c');
    var popup = L.popup({ maxWidth: 300, autoPanPadding: [24, 24] })
      .setLatLng(at || shape.getBounds().getCenter())
      .setContent('<p>' + text.textLoading + '</p>')
      .openOn(map);
    fetch(text.gridCard + encodeURIComponent(code), { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('grid card ' + response.status);
        }
        return response.text();
      })
      .then(function (html) { popup.setContent(html); })
      .catch(function () { popup.setContent('<p>' + text.textFailed + '</p>'); });
    show(text.textShowing.replace('%s', shape.feature.properties.name + ' ' + code));
  }

  /** The nearest area with a boundary: the area itself, else its community, township or county. */
  function boundaryOf(code) {
    var candidates = [code, code.slice(0, 12), code.slice(0, 9), code.slice(0, 6)];
    for (var i = 0; i < candidates.length; i++) {
      if (byCode.has(candidates[i])) {
        return byCode.get(candidates[i]);
      }
    }
    return null;
  }

  function focus(code, name) {
    if (code === CITY) {
      map.fitBounds(layers.counties.getBounds());
      show(text.textShowing.replace('%s', name || code));
      return;
    }
    var shape = boundaryOf(code);
    if (!shape) {
      return;
    }
    var found = shape.feature.properties;
    if (found.level === 'GRID') {
      // Open the card once the map has arrived: a popup opened during the zoom animation is placed
      // and panned for the old view, and its top can end up outside the map.
      map.once('moveend', function () { selectGrid(found.code); });
      map.fitBounds(shape.getBounds(), { padding: [16, 16], maxZoom: 16 });
      return;
    }
    map.fitBounds(shape.getBounds(), { padding: [16, 16], maxZoom: 16 });
    highlight(shape, '#2b8a3e');
    show(found.code === code ? text.textShowing.replace('%s', found.name)
      : text.textNoBoundary.replace('%s', name || code).replace('%s', found.name));
  }

  function showMicroGridsWhenZoomedIn() {
    var layer = layers.microGrids;
    if (layer && map.getZoom() >= MICRO_GRID_ZOOM) {
      map.addLayer(layer);
    } else if (layer) {
      map.removeLayer(layer);
    }
  }

  function addLegend() {
    var legend = document.getElementById('map-legend');
    if (!legend || el.clientWidth < 640) {
      return;
    }
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      legend.classList.add('leaflet-control');
      L.DomEvent.disableClickPropagation(legend);
      return legend;
    };
    control.addTo(map);
  }

  var ready = Promise.all([
    load('counties', text.counties, { renderer: renderers.counties, interactive: false,
      onEachFeature: labelCounty }),
    load('grids', text.grids, { renderer: renderers.grids, onEachFeature: function (feature, shape) {
      shape.on('click', function (event) { selectGrid(feature.properties.code, event.latlng); });
    } }),
    load('microGrids', text.microGrids, { renderer: renderers.microGrids, interactive: false }),
    load('communities', text.communities, { renderer: renderers.communities, interactive: false })
  ]).then(function () {
    ['counties', 'grids', 'communities'].forEach(function (name) { layers[name].addTo(map); });
    layers.counties.eachLayer(function (shape) { shape.openTooltip(labelPoint(shape.feature.geometry)); });
    outlineApproximateCounties().addTo(map);
    map.fitBounds(byCode.get('330383').getBounds(), { padding: [24, 24], animate: false });
    map.on('zoomend', showMicroGridsWhenZoomedIn);
    showMicroGridsWhenZoomedIn();
    show('');
    el.dataset.ready = 'true';
  }).catch(function (error) {
    show(text.textFailed);
    el.dataset.ready = 'failed';
    throw error;
  });
  addLegend();

  var tree = document.getElementById('area-tree');
  if (tree) {
    tree.addEventListener('click', function (event) {
      var entry = event.target.closest('[data-code]');
      if (!entry || !tree.contains(entry)) {
        return;
      }
      tree.querySelectorAll('.is-focused').forEach(function (other) { other.classList.remove('is-focused'); });
      (entry.tagName === 'SUMMARY' ? entry.parentElement : entry).classList.add('is-focused');
      ready.then(function () { focus(entry.dataset.code, entry.dataset.name); });
    });
  }

  // A tree request answered by the login page means the session ended: show the login page itself.
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var answered = event.detail.xhr.responseURL;
    if (answered && new URL(answered).pathname.endsWith('/login')) {
      event.detail.shouldSwap = false;
      window.location.reload();
    }
  });
  document.body.addEventListener('htmx:responseError', function (event) {
    var failed = document.createElement('li');
    failed.className = 'tree-error';
    failed.textContent = tree ? tree.dataset.textFailed : text.textFailed;
    event.detail.target.replaceChildren(failed);
  });

  window.CityOps = window.CityOps || {};
  window.CityOps.map = { leaflet: map, layers: layers, counts: counts, ready: ready, focus: focus, selectGrid: selectGrid };
}());
