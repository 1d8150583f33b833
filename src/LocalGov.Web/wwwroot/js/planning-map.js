// Progressive enhancement: every <div data-map-lat data-map-lng> becomes a Leaflet map with one marker. The tile
// layer comes from data-map-tiles (a template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png); without it,
// or offline, the marker still shows on the plain background. The coordinates are always printed as text next to
// the map, so the page is complete without JavaScript.
(function () {
    'use strict';
    if (typeof L === 'undefined') {
        return;
    }
    document.querySelectorAll('[data-map-lat][data-map-lng]').forEach(function (element) {
        var lat = parseFloat(element.getAttribute('data-map-lat'));
        var lng = parseFloat(element.getAttribute('data-map-lng'));
        if (!isFinite(lat) || !isFinite(lng)) {
            return;
        }
        element.classList.add('planning-map-active');
        element.style.height = element.getAttribute('data-map-height') || '320px';
        var map = L.map(element, { scrollWheelZoom: false }).setView([lat, lng], 15);
        var tiles = element.getAttribute('data-map-tiles');
        if (tiles) {
            L.tileLayer(tiles, {
                maxZoom: 19,
                attribution: element.getAttribute('data-map-attribution') || ''
            }).addTo(map);
        }
        var icons = element.getAttribute('data-map-icons');
        if (icons) {
            L.Icon.Default.imagePath = icons;
        }
        var marker = L.marker([lat, lng], { title: element.getAttribute('data-map-label') || '' }).addTo(map);
        var label = element.getAttribute('data-map-label');
        if (label) {
            marker.bindPopup(label);
        }
    });
})();
