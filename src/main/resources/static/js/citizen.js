/*
 * CityOps citizen pages: report a problem with a place picked on the map, and follow a report by its
 * receipt number (rating it once closed). Both talk to the public report API; texts and URLs come from
 * data-* attributes of the page, so this file holds no language.
 */
(function () {
  'use strict';

  function showErrors(form, problem, fallback) {
    form.querySelectorAll('.field-error, .form-error').forEach(function (el) { el.hidden = true; el.textContent = ''; });
    var errors = (problem && problem.errors) || (problem && problem.field ? [{ field: problem.field, message: problem.detail }] : []);
    var shown = false;
    errors.forEach(function (error) {
      var field = error.field === 'lng' || error.field === 'position' || error.field === 'address' ? 'lat' : error.field;
      var el = document.getElementById(field + '-error');
      if (el) {
        el.textContent = error.message;
        el.hidden = false;
        shown = true;
      }
    });
    if (!shown) {
      var general = form.querySelector('.form-error');
      general.textContent = (problem && problem.detail) || fallback;
      general.hidden = false;
    }
  }

  /* The API answers problems in the language it is asked for: the page's. */
  function language() {
    return document.documentElement.lang || 'zh-CN';
  }

  /* A signed-in user's browser sends its session cookie along, so it sends the CSRF token too. */
  function postJson(url, body, form) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
      'Accept-Language': language() };
    if (form && form.dataset.csrf && form.dataset.csrfHeader) {
      headers[form.dataset.csrfHeader] = form.dataset.csrf;
    }
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        return { status: response.status, body: text ? JSON.parse(text) : null };
      });
    });
  }

  /* ---- place picker (citizen report, grid worker patrol): a map of Longgang's communities ---- */
  var mapEl = document.getElementById('pick-map');
  if (mapEl) {
    var pickText = mapEl.dataset;
    var placeStatus = document.getElementById('place-status');
    var lat = document.getElementById('lat');
    var lng = document.getElementById('lng');
    var map = null;
    var marker = null;

    var pick = function (latlng) {
      lat.value = latlng.lat.toFixed(6);
      lng.value = latlng.lng.toFixed(6);
      if (map) {
        marker = marker ? marker.setLatLng(latlng) : L.marker(latlng, { keyboard: false }).addTo(map);
      }
      fetch(pickText.locate + '?lat=' + lat.value + '&lng=' + lng.value, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (found) {
          placeStatus.textContent = found
            ? pickText.textPlace.replace('%s', found.community.name + ' · ' + found.grid.name)
            : pickText.textOutside;
        })
        .catch(function () { placeStatus.textContent = ''; });
    };

    if (window.L) {
      map = L.map(mapEl, { zoomSnap: 0.25, minZoom: 9, maxZoom: 18 }).setView([27.53, 120.575], 12);
      map.attributionControl.setPrefix(false).addAttribution(pickText.attribution);
      fetch(pickText.communities, { headers: { Accept: 'application/geo+json' } })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          // Outlines only: not focusable, clicks go through to the map.
          var outlines = L.geoJSON(data, {
            interactive: false,
            style: { color: '#52606d', weight: 1, fillColor: '#e4e7eb', fillOpacity: 0.35 }
          }).addTo(map);
          map.fitBounds(outlines.getBounds(), { padding: [8, 8], animate: false });
          mapEl.dataset.ready = 'true';
        })
        .catch(function () { mapEl.dataset.ready = 'failed'; });
      map.on('click', function (event) { pick(event.latlng); });
      window.CityOps = window.CityOps || {};
      window.CityOps.pickMap = { leaflet: map, pick: function (la, ln) { pick(L.latLng(la, ln)); } };
    }

    document.getElementById('use-location').addEventListener('click', function () {
      if (!navigator.geolocation) {
        placeStatus.textContent = pickText.textNoLocation;
        return;
      }
      placeStatus.textContent = pickText.textLocating;
      navigator.geolocation.getCurrentPosition(function (position) {
        var here = L.latLng(position.coords.latitude, position.coords.longitude);
        if (map) {
          map.setView(here, 16, { animate: false });
        }
        pick(here);
      }, function () { placeStatus.textContent = pickText.textNoLocation; }, { enableHighAccuracy: true, timeout: 10000 });
    });
  }

  /* ---- citizen report page ---- */
  var form = document.getElementById('report-form');
  if (form) {
    var text = form.dataset;
    /* The photo goes first; the report then refers to it. Resolves to {ref} or {problem, status}. */
    var uploadPhoto = function (file) {
      if (!file) {
        return Promise.resolve({});
      }
      var data = new FormData();
      data.append('photo', file);
      var headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': language() };
      if (text.csrf && text.csrfHeader) {
        headers[text.csrfHeader] = text.csrf;
      }
      return fetch(text.photos, { method: 'POST', credentials: 'same-origin', headers: headers, body: data })
        .then(function (response) {
          return response.json().then(function (json) {
            return response.status === 201 ? { ref: json.ref } : { problem: json, status: response.status };
          });
        });
    };
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      var body = {
        category: form.category.value || null,
        description: form.description.value,
        lat: form.lat.value ? Number(form.lat.value) : null,
        lng: form.lng.value ? Number(form.lng.value) : null,
        address: form.address.value || null,
        reporter: { name: form.name.value || null, phone: form.phone.value }
      };
      var MAX_PHOTO = 5 * 1024 * 1024;
      var file = form.photo && form.photo.files.length ? form.photo.files[0] : null;
      if (file && file.size > MAX_PHOTO) {
        button.disabled = false;
        showErrors(form, { errors: [{ field: 'photo', message: text.textPhotoTooLarge }] }, text.textFailed);
        return;
      }
      uploadPhoto(file).then(function (uploaded) {
        if (uploaded.problem) {
          return uploaded;
        }
        body.attachments = uploaded.ref ? [uploaded.ref] : [];
        return postJson(text.api, body, form);
      }).then(function (answer) {
        if (answer.status === 201 || answer.status === 200) {
          window.location.assign(text.follow + encodeURIComponent(answer.body.receipt) + '?new=1');
          return;
        }
        button.disabled = false;
        var problem = answer.problem || answer.body;
        showErrors(form, problem, answer.status === 429 ? text.textTooMany : text.textFailed);
      }).catch(function () {
        button.disabled = false;
        showErrors(form, null, text.textFailed);
      });
    });
  }

  var followForm = document.getElementById('follow-form');
  if (followForm) {
    followForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var receipt = followForm.receipt.value.trim().toUpperCase();
      if (receipt) {
        window.location.assign(followForm.dataset.follow + encodeURIComponent(receipt));
      }
    });
  }

  /* ---- follow page ---- */
  var status = document.getElementById('status');
  if (status) {
    var t = status.dataset;
    var rating = document.getElementById('rating');
    var ratingForm = document.getElementById('rating-form');
    var format = function (instant) {
      return instant ? new Date(instant).toLocaleString(document.documentElement.lang || undefined,
        { dateStyle: 'medium', timeStyle: 'short' }) : '';
    };
    var render = function (report) {
      document.getElementById('state-label').textContent = report.stateLabel;
      document.getElementById('state-label').dataset.state = report.state;
      document.getElementById('category-name').textContent = report.category ? report.category.name : '';
      var expected = document.getElementById('expected');
      expected.textContent = report.satisfaction ? t.textRated.replace('%s', report.satisfaction)
        : report.closedAt ? t.textClosed.replace('%s', format(report.closedAt))
        : report.expectedBy ? t.textExpected.replace('%s', format(report.expectedBy)) : '';
      var list = document.getElementById('timeline');
      var items = report.timeline.map(function (entry) {
        var li = document.createElement('li');
        var time = document.createElement('time');
        time.dateTime = entry.at;
        time.textContent = format(entry.at);
        var what = document.createElement('span');
        what.textContent = entry.actionLabel + ' → ' + entry.stateLabel;
        li.append(time, what);
        return li;
      });
      list.replaceChildren.apply(list, items);
      rating.hidden = !report.evaluable;
      status.dataset.state = report.state;
    };
    var refresh = function () {
      return fetch(t.api, { headers: { Accept: 'application/json' } }).then(function (response) {
        if (response.status === 404) {
          document.getElementById('state-label').textContent = t.textUnknown;
          status.dataset.state = 'UNKNOWN';
          return;
        }
        return response.json().then(render);
      }).catch(function () { document.getElementById('expected').textContent = t.textFailed; });
    };
    refresh();
    window.setInterval(function () {
      if (!document.hidden && status.dataset.state !== 'EVALUATED') {
        refresh();
      }
    }, 10000);

    ratingForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = ratingForm.querySelector('input[name=satisfaction]:checked');
      postJson(ratingForm.dataset.api, {
        satisfaction: chosen ? Number(chosen.value) : null,
        phoneLast4: ratingForm.phoneLast4.value,
        comment: ratingForm.comment.value || null
      }, ratingForm).then(function (answer) {
        if (answer.status === 200) {
          render(answer.body);
          return;
        }
        showErrors(ratingForm, answer.body, answer.status === 403 ? ratingForm.dataset.textWrongPhone : t.textFailed);
      });
    });
  }
}());
