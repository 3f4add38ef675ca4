/*
 * CityOps case pages: live countdowns to stage deadlines, the browser's position for "arrive", and
 * on the pool page the map of open cases (markers coloured by state) that follows the filters and
 * the live updates. Texts come from data-* attributes, so this file holds no language.
 */
(function () {
  'use strict';

  window.CityOps = window.CityOps || {};

  // --- Countdowns: <span class="countdown" data-due="2026-03-02T01:00:00Z" data-left="剩余 %s" data-late="已超时 %s">
  function span(ms, day) {
    var total = Math.floor(Math.abs(ms) / 1000);
    var days = Math.floor(total / 86400);
    var h = Math.floor(total % 86400 / 3600);
    var m = Math.floor(total % 3600 / 60);
    var s = total % 60;
    var clock = (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
    return days > 0 ? days + (day || 'd') + ' ' + clock : clock;
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
      var left = Date.parse(el.dataset.due) - now;
      var late = left < 0;
      el.textContent = (late ? el.dataset.late : el.dataset.left).replace('%s', span(left, el.dataset.day));
      el.classList.toggle('late', late);
      el.classList.toggle('soon', !late && left < 3600 * 1000);
    });
  }
  tick();
  setInterval(tick, 1000);
  document.addEventListener('htmx:afterSwap', tick);

  // --- Photos: refused before sending when over the limit (the server checks again).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var input = form.querySelector && form.querySelector('input[type=file][data-max-bytes]');
    if (!input || !input.files || !input.files.length) {
      return;
    }
    var old = input.parentNode.querySelector('.field-error[data-field=photo]');
    if (old) {
      old.remove();
    }
    if (input.files[0].size > Number(input.dataset.maxBytes)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      var error = document.createElement('p');
      error.className = 'field-error';
      error.dataset.field = 'photo';
      error.setAttribute('role', 'alert');
      error.textContent = input.dataset.tooLarge;
      input.insertAdjacentElement('afterend', error);
      input.setAttribute('aria-invalid', 'true');
    }
  }, true);

  // --- Arrival: the form asks the browser where the worker is, then submits lat/lng.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-geolocate]') || form.dataset.located === 'true') {
      return;
    }
    event.preventDefault();
    var status = form.querySelector('.geo-status');
    var failed = function (why) {
      if (status) {
        status.textContent = status.dataset.failed.replace('%s', why);
        status.classList.add('field-error');
      }
    };
    if (!navigator.geolocation) {
      failed('navigator.geolocation');
      return;
    }
    if (status) {
      status.textContent = status.dataset.locating;
      status.classList.remove('field-error');
    }
    navigator.geolocation.getCurrentPosition(function (position) {
      form.elements.lat.value = position.coords.latitude;
      form.elements.lng.value = position.coords.longitude;
      form.dataset.located = 'true';
      form.submit();
    }, function (error) {
      failed(error.message || String(error.code));
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });

  // --- Live updates of the pool: the server says when a case opens or moves.
  if (document.getElementById('pool-results') && window.EventSource) {
    var stream = new EventSource(document.body.dataset.stream || '/console/cases/stream');
    stream.received = 0;
    stream.addEventListener('case', function () {
      stream.received += 1;
      document.body.dispatchEvent(new CustomEvent('cases-changed'));
    });
    window.CityOps.caseStream = stream;
  }

  // --- The pool's map.
  var el = document.getElementById('case-map');
  if (!el || !window.L) {
    return;
  }
  var text = el.dataset;
  var status = document.getElementById('case-map-status');
  var map = L.map(el, { zoomSnap: 0.25, minZoom: 9, maxZoom: 18 }).setView([27.52, 120.6], 12);
  map.attributionControl.setPrefix(false).addAttribution(text.attribution);
  L.control.scale({ imperial: false }).addTo(map);
  var colours = { 'new': '#c2410c', working: '#0b6bcb', attention: '#b91c1c', done: '#15803d' };
  var markers = L.layerGroup().addTo(map);
  var state = { leaflet: map, markers: markers, count: 0, ready: false, loads: 0 };
  window.CityOps.caseMap = state;

  // Heat: each grid shaded by how many of the listed cases lie in it (a choropleth of the same data
  // as the markers, so the filters apply to both).
  var GRID_STYLE = { color: '#2f6fa8', weight: 0.6, fillColor: '#4f94cd', fillOpacity: 0.12 };
  var HEAT = ['#fff3bf', '#ffd43b', '#fd7e14', '#e03131', '#862e9c'];
  var gridShapes = new Map();
  var perGrid = new Map();
  var heat = L.layerGroup();
  state.heat = heat;
  state.perGrid = perGrid;

  function shade() {
    var max = 0;
    perGrid.forEach(function (n) { max = Math.max(max, n); });
    gridShapes.forEach(function (shape, code) {
      var n = perGrid.get(code) || 0;
      if (!map.hasLayer(heat) || n === 0) {
        shape.setStyle(GRID_STYLE);
        return;
      }
      var step = Math.min(HEAT.length - 1, Math.floor((n / max) * (HEAT.length - 1) + 0.0001));
      shape.setStyle({ color: '#2f6fa8', weight: 0.6, fillColor: HEAT[step], fillOpacity: 0.75 });
    });
  }

  L.control.layers(null, (function () {
    var overlays = {};
    overlays[text.textMarkers] = markers;
    overlays[text.textHeat] = heat;
    return overlays;
  }()), { collapsed: false, position: 'topright' }).addTo(map);
  map.on('overlayadd overlayremove', shade);

  fetch(text.grids, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
    var grids = L.geoJSON(data, { style: GRID_STYLE, interactive: false, onEachFeature: function (feature, shape) {
      gridShapes.set(feature.properties.code, shape);
    } });
    grids.addTo(map);
    grids.bringToBack();
    map.fitBounds(grids.getBounds(), { padding: [8, 8], animate: false });
    shade();
  }).catch(function () { /* the markers still show */ });

  function query() {
    var form = document.getElementById('pool-filters');
    if (!form) {
      return '';
    }
    var params = new URLSearchParams(new FormData(form));
    params.delete('page');
    return '?' + params.toString();
  }

  function loadCases() {
    return fetch(text.cases + query(), { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error(r.status);
        }
        return r.json();
      })
      .then(function (data) {
        markers.clearLayers();
        perGrid.clear();
        data.features.forEach(function (feature) {
          var p = feature.properties;
          if (p.grid) {
            perGrid.set(p.grid, (perGrid.get(p.grid) || 0) + 1);
          }
          var c = feature.geometry.coordinates;
          var marker = L.circleMarker([c[1], c[0]], { radius: p.urgent ? 8 : 6, color: '#fff', weight: 1.5,
            fillColor: colours[p.group] || '#555', fillOpacity: 0.95 });
          var link = document.createElement('a');
          link.href = text.casePage + p.id;
          link.textContent = p.id;
          var box = document.createElement('div');
          box.className = 'case-popup';
          box.appendChild(link);
          var description = document.createElement('p');
          description.textContent = p.description;
          box.appendChild(description);
          marker.bindPopup(box);
          marker.feature = feature;
          markers.addLayer(marker);
        });
        shade();
        state.count = data.features.length;
        state.loads += 1;
        state.ready = true;
        el.dataset.ready = 'true';
        el.dataset.markers = String(state.count);
        status.textContent = text.textShowing.replace('%s', state.count);
      })
      .catch(function (e) { status.textContent = String(e); });
  }
  state.reload = loadCases;
  loadCases();
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.target && event.target.id === 'pool-results') {
      loadCases();
    }
  });
}());
