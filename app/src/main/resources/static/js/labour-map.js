// The labour-risk map of the 20 regions (docs/labour-risk.md): the analytics choropleth (analytics-map.js, the same
// Leaflet and region shapes) coloured by the share of enterprises in the high social-tension band, read from the
// regions table of the page; a click on a region goes to its row.
(function () {
  const map = document.getElementById('labour-map');
  if (!map || typeof shanyraqChoropleth !== 'function') return;
  const values = {};
  const names = {};
  document.querySelectorAll('#risk-map tbody tr[data-region]').forEach(row => {
    const code = row.dataset.region;
    const share = row.dataset.highPerMille;
    values[code] = {value: share === '' || share == null ? null : Number(share), hidden: false};
    names[code] = row.cells[0].textContent.trim();
  });
  shanyraqChoropleth('labour-map', map.dataset.geo, values, names, {
    title: map.dataset.title, hiddenText: map.dataset.hidden,
    link: code => '#region-' + encodeURIComponent(code)
  });
})();
