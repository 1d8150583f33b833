// Progressive enhancement: every <canvas data-chart="..."> gets a Chart.js chart from the JSON in the attribute
// ({type, labels, datasets: [{label, data, colors?}]}; optional per-point `colors` override the palette colour). The same figures are always in a table next to the canvas, so the
// page is complete without JavaScript and for screen readers.
// Optional fields: indexAxis ('y' = horizontal bars), min / max (the value axis), and per dataset type (a line over
// bars), borderDash and fill.
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
            var dataset = {
                label: d.label,
                data: d.data,
                backgroundColor: Array.isArray(d.colors) ? d.colors : palette[i % palette.length],
                borderColor: palette[i % palette.length]
            };
            if (d.type) {
                dataset.type = d.type;
            }
            if (d.borderDash) {
                dataset.borderDash = d.borderDash;
            }
            if (typeof d.fill === 'boolean') {
                dataset.fill = d.fill;
            }
            return dataset;
        });
        var scales = {};
        if (spec.type !== 'pie' && spec.type !== 'doughnut') {
            var valueAxis = { beginAtZero: true };
            if (typeof spec.min === 'number') {
                valueAxis.min = spec.min;
            }
            if (typeof spec.max === 'number') {
                valueAxis.max = spec.max;
            }
            scales[spec.indexAxis === 'y' ? 'x' : 'y'] = valueAxis;
        }
        var options = {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: scales
        };
        if (spec.indexAxis) {
            options.indexAxis = spec.indexAxis;
        }
        new Chart(canvas, {
            type: spec.type || 'bar',
            data: { labels: spec.labels, datasets: datasets },
            options: options
        });
    });
})();
