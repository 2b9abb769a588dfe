// A simulation's charts (ECharts, SVG) and the map of the net change by region; data from the page's JSON block.
(function () {
  const data = JSON.parse(document.getElementById('analytics-data').textContent);
  const charts = data.charts;
  const t = data.labels;
  echarts.init(document.getElementById('chart-cost'), null, {renderer: 'svg'}).setOption({
    tooltip: {trigger: 'axis'}, legend: {}, grid: {left: 260, right: 40},
    xAxis: {type: 'value'}, yAxis: {type: 'category', data: charts.labels, axisLabel: {width: 250, overflow: 'truncate'}},
    series: [{name: t.before, type: 'bar', data: charts.before}, {name: t.after, type: 'bar', data: charts.after}]
  });
  echarts.init(document.getElementById('chart-deciles'), null, {renderer: 'svg'}).setOption({
    tooltip: {trigger: 'axis'}, legend: {}, xAxis: {type: 'category', data: charts.deciles}, yAxis: {type: 'value'},
    series: [{name: t.gained, type: 'bar', data: charts.decileGain}, {name: t.lost, type: 'bar', data: charts.decileLoss}]
  });
  shanyraqChoropleth('map', document.getElementById('map').dataset.geo, data.mapValues, data.regionNames,
    {title: t.mapTitle, hiddenText: t.hidden});
})();
