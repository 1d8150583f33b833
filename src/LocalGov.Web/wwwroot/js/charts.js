// Progressive enhancement: every <canvas data-chart="..."> gets a Chart.js chart from the JSON in the attribute
// ({type, labels, datasets: [{label, data, colors?}]}; optional per-point `colors` override the palette colour). The same figures are always in a table next to the canvas, so the
// page is complete without JavaScript and for screen readers.
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    var palette = ['#1f4e79', '#c55a11', '#548235', '#7030a0', '#bf9000', '#2e75b6'];
    var font = getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.family = font;
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var spec;
        try {
            spec = JSON.parse(canvas.getAttribute('data-chart'));
        } catch (e) {
            return;
        }
        var datasets = (spec.datasets || []).map(function (d, i) {
            return {
                label: d.label,
                data: d.data,
                backgroundColor: Array.isArray(d.colors) ? d.colors : palette[i % palette.length],
                borderColor: palette[i % palette.length]
            };
        });
        new Chart(canvas, {
            type: spec.type || 'bar',
            data: { labels: spec.labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: spec.type === 'pie' || spec.type === 'doughnut' ? {} : { y: { beginAtZero: true } }
            }
        });
    });
})();
