// The analytics dashboard's charts (ECharts, SVG) and map; the numbers come from the page's JSON block (the content
// security policy allows no inline script).
(function () {
  const data = JSON.parse(document.getElementById('analytics-data').textContent);
  const charts = data.charts;
  const t = data.labels;
  function chart(id, option) {
    const c = echarts.init(document.getElementById(id), null, {renderer: 'svg'});
    c.setOption(option);
    return c;
  }
  chart('chart-measures', {
    tooltip: {trigger: 'axis'}, legend: {}, grid: {left: 260, right: 40},
    xAxis: [{type: 'value'}],
    yAxis: {type: 'category', data: charts.measureLabels, axisLabel: {width: 250, overflow: 'truncate'}},
    series: [{name: t.money, type: 'bar', data: charts.money}]
  });
  chart('chart-categories', {
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'category', data: data.categoryLabels}, yAxis: {type: 'value'},
    series: [{name: t.families, type: 'bar', data: charts.categoryFamilies}]
  });
  chart('chart-months', {
    tooltip: {trigger: 'axis'}, legend: {},
    xAxis: {type: 'category', data: charts.months}, yAxis: {type: 'value'},
    series: [
      {name: t.families, type: 'line', data: charts.seriesFamilies},
      {name: t.recipients, type: 'line', data: charts.seriesAsp},
      {name: t.sms, type: 'line', data: charts.seriesSms}]
  });
  const map = document.getElementById('map');
  shanyraqChoropleth('map', map.dataset.geo, data.mapValues, data.regionNames, {
    title: t.mapTitle, hiddenText: t.hidden,
    link: code => map.dataset.link + '?month=' + encodeURIComponent(data.month) + '&region=' + encodeURIComponent(code)
  });
})();
