// The browser half of App/Shell/Charts/ApexChart.razor. C# (ApexOptions) decides the series, gaps,
// markers and formats; this module adds what JSON cannot carry: formatter functions and the theme's
// computed colours (ApexCharts shades colours itself, so it needs real rgb values, not CSS variables).

// The library itself comes from App.razor's script tag (fingerprinted, cached), before this module loads.
const charts = new WeakMap();

// Any CSS colour or var(--x) to #rrggbb, through the browser's own parser; null for an undefined variable.
function resolveColour(value, probe) {
    if (typeof value !== 'string' || value === '') return value;
    const variable = value.match(/^var\((--[\w-]+)\)$/);
    if (variable && getComputedStyle(probe).getPropertyValue(variable[1]).trim() === '') return null;
    probe.style.color = '';
    probe.style.color = value;
    const rgb = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g);
    if (!rgb || probe.style.color === '') return value;
    return '#' + rgb.slice(0, 3).map(n => Math.round(Number(n)).toString(16).padStart(2, '0')).join('');
}

function withProbe(host, work) {
    const probe = document.createElement('span');
    probe.style.display = 'none';
    host.appendChild(probe);
    try { return work(probe); } finally { probe.remove(); }
}

function themeColours(host, dark, colours) {
    return withProbe(host, probe => {
        const css = name => resolveColour(`var(${name})`, probe);
        const fallback = ['--mud-palette-primary', '--mud-palette-error', '--mud-palette-warning', '--mud-palette-success', '--mud-palette-info', '--mud-palette-secondary', '--mud-palette-tertiary'];
        let next = 0;
        return {
            text: css('--mud-palette-text-secondary') ?? (dark ? '#cccccc' : '#555555'),
            lines: css('--mud-palette-lines-default') ?? (dark ? '#555555' : '#e0e0e0'),
            series: colours.map(c => resolveColour(c ?? `var(${fallback[next++ % fallback.length]})`, probe) ?? '#1e88e5'),
            // Later calls run after this probe is gone: each gets a fresh one.
            resolve: c => withProbe(host, p => resolveColour(c, p)),
        };
    });
}

function build(host, config, dark) {
    const options = structuredClone(config.options);
    const format = config.format;
    const number = new Intl.NumberFormat(format.locale, format.value);
    const value = v => (v === null || v === undefined || Number.isNaN(v)) ? '—' : number.format(v);
    const axisTime = format.axisTime ? new Intl.DateTimeFormat(format.locale, format.axisTime) : null;
    const tooltipTime = format.tooltipTime ? new Intl.DateTimeFormat(format.locale, format.tooltipTime) : null;

    const theme = themeColours(host, dark, config.colours);
    options.colors = theme.series;
    options.chart.foreColor = theme.text;
    options.theme = { mode: dark ? 'dark' : 'light' };
    options.grid.borderColor = theme.lines;
    options.tooltip.theme = dark ? 'dark' : 'light';
    for (const series of options.series) {
        for (const d of series.data) if (d.fillColor) d.fillColor = theme.resolve(d.fillColor);
    }
    for (const a of options.annotations.points) { a.marker.fillColor = theme.resolve(a.marker.fillColor); a.marker.strokeColor = theme.resolve(a.marker.strokeColor); }
    for (const a of options.annotations.xaxis) { a.borderColor = theme.resolve(a.borderColor); a.label.style = { color: theme.text, background: 'transparent' }; }

    options.yaxis.labels = { formatter: value };
    options.tooltip.y = { formatter: value };
    if (axisTime) {
        options.xaxis.labels.formatter = (v, timestamp) => axisTime.format(new Date(timestamp ?? v));
        options.tooltip.x = { formatter: v => tooltipTime.format(new Date(v)) };
    }
    if (format.kind === 'waterfall') {
        // The default range tooltip says "from - to"; a waterfall step means its amount.
        options.tooltip.custom = ({ seriesIndex, dataPointIndex, w }) => {
            const d = w.config.series[seriesIndex].data[dataPointIndex];
            const text = document.createElement('div');
            text.className = 'apexcharts-tooltip-title';
            text.style.padding = '4px 8px';
            text.textContent = `${d.x}: ${value(d.amount)}`;
            return text.outerHTML;
        };
    }
    return options;
}

export async function create(host, json, dark) {
    const config = JSON.parse(json);
    const chart = new window.ApexCharts(host, build(host, config, dark));
    charts.set(host, { chart, config, dark });
    await chart.render();
}

// Same instance, new data: no flicker and the toolbar state survives.
export async function update(host, json, dark) {
    const entry = charts.get(host);
    if (!entry) return create(host, json, dark);
    entry.config = JSON.parse(json);
    entry.dark = dark;
    await entry.chart.updateOptions(build(host, entry.config, dark), true, false, true);
}

export function destroy(host) {
    const entry = charts.get(host);
    if (!entry) return;
    charts.delete(host);
    entry.chart.destroy();
}
