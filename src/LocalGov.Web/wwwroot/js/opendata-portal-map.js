// Progressive enhancement of the open data portal: <div data-portal-map='[{name, lat, lng, published, label, url}]'>
// becomes a Leaflet map with one circle per province (approximate centre), sized by the number of LAOs that have
// published a budget, linking to the province page. Tiles come from data-map-tiles (empty: a plain background). The
// province list next to the map holds the same links, so nothing is lost without JavaScript.
(function () {
    'use strict';
    if (typeof L === 'undefined') {
        return;
    }
    document.querySelectorAll('[data-portal-map]').forEach(function (element) {
        var points;
        try {
            points = JSON.parse(element.getAttribute('data-portal-map'));
        } catch (e) {
            return;
        }
        element.style.height = element.getAttribute('data-map-height') || '420px';
        var map = L.map(element, { scrollWheelZoom: false, attributionControl: true }).setView([13.2, 100.9], 5);
        var tiles = element.getAttribute('data-map-tiles');
        if (tiles) {
            L.tileLayer(tiles, { maxZoom: 12, attribution: element.getAttribute('data-map-attribution') || '' }).addTo(map);
        }
        var bounds = [];
        points.forEach(function (p) {
            var radius = p.published > 0 ? Math.min(18, 6 + 3 * Math.log2(1 + p.published)) : 4;
            var marker = L.circleMarker([p.lat, p.lng], {
                radius: radius,
                color: p.published > 0 ? '#1f4e79' : '#6c757d',
                fillColor: p.published > 0 ? '#2e75b6' : '#adb5bd',
                fillOpacity: 0.7,
                weight: 1
            }).addTo(map);
            marker.bindTooltip(p.label);
            marker.on('click', function () {
                window.location.href = p.url;
            });
            bounds.push([p.lat, p.lng]);
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, { padding: [10, 10] });
        }
    });
})();
