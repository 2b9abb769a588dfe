// The choropleth of the 20 regions (ISO 3166-2:KZ) for the analytics pages: Leaflet 1.9.4, no tile layer, region
// shapes shipped with the app (amCharts geodata, linkware: the attribution stays on the map). Hidden values grey.
function shanyraqChoropleth(elementId, geoUrl, values, names, opts) {
  const map = L.map(elementId, {attributionControl: true, zoomSnap: 0.25});
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  const shown = Object.values(values).filter(v => v && !v.hidden && v.value != null).map(v => v.value)
    .sort((a, b) => a - b);
  const colours = ['#edf8fb', '#b3cde3', '#8c96c6', '#8856a7', '#810f7c'];
  const breaks = [0.2, 0.4, 0.6, 0.8].map(q => shown.length
    ? shown[Math.min(shown.length - 1, Math.floor(q * shown.length))] : 0);
  const colour = v => {
    if (!v || v.hidden || v.value == null) return '#d9d9d9';
    let i = 0;
    while (i < breaks.length && v.value > breaks[i]) i++;
    return colours[i];
  };
  const text = v => !v ? '—' : v.hidden ? '<5 (' + opts.hiddenText + ')' : v.value == null ? '—'
    : v.value.toLocaleString();
  return fetch(geoUrl).then(r => r.json()).then(geo => {
    const layer = L.geoJSON(geo, {
      style: f => ({fillColor: colour(values[f.id]), weight: 1, color: '#555', fillOpacity: 0.85}),
      onEachFeature: (f, l) => {
        l.bindTooltip((names[f.id] || f.id) + ': ' + text(values[f.id]), {sticky: true});
        if (opts.link) {
          l.on('click', () => { window.location = opts.link(f.id); });
        }
      }
    }).addTo(map);
    // The paths exist once the map has a view (Leaflet defers adding layers until then).
    map.fitBounds(layer.getBounds());
    layer.eachLayer(l => {
      const e = l.getElement && l.getElement();
      if (e) {
        e.setAttribute('data-region', l.feature.id);
      }
    });
    map.attributionControl.addAttribution('<a href="https://www.amcharts.com/">Map data: amCharts</a>');
    const legend = L.control({position: 'bottomright'});
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'map-legend');
      div.id = elementId + '-legend';
      div.style.background = 'white';
      div.style.padding = '6px';
      const edges = [shown[0]].concat(breaks).concat([shown[shown.length - 1]]);
      let html = '<strong>' + opts.title + '</strong><br>';
      for (let i = 0; i < colours.length; i++) {
        html += '<span style="display:inline-block;width:12px;height:12px;background:' + colours[i] + '"></span> '
          + (edges[i] == null ? '' : Number(edges[i]).toLocaleString()) + ' – '
          + (edges[i + 1] == null ? '' : Number(edges[i + 1]).toLocaleString()) + '<br>';
      }
      html += '<span style="display:inline-block;width:12px;height:12px;background:#d9d9d9"></span> ' + opts.hiddenText;
      div.innerHTML = html;
      return div;
    };
    legend.addTo(map);
    document.getElementById(elementId).setAttribute('data-ready', 'true');
    return map;
  });
}
