// The tools of every list (fragments/table :: tools): a filter that keeps the rows holding every word typed, sorting
// by a click on a column's heading (numbers as numbers, dd.mm.yyyy as dates, words as words), and the XLSX link
// kept in step, so the file holds the rows in the order the reader sees (web/TableExports applies the same rules).
(function () {
  'use strict';
  var NUMBER = /^[−-]?\d[\d\s]*(?:[.,]\d+)?\s*(?:₸|%)?$/;
  var DAY = /^(\d{2})\.(\d{2})\.(\d{4})(.*)$/;

  function text(cell) {
    return (cell ? cell.textContent : '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  }

  function key(s) {
    if (NUMBER.test(s) && !/^\d{10,}$/.test(s)) {
      return [0, parseFloat(s.replace(/[₸%\s]/g, '').replace('−', '-').replace(',', '.')), ''];
    }
    var d = DAY.exec(s);
    if (d) {
      return [1, 0, d[3] + d[2] + d[1] + d[4]];
    }
    return [2, 0, s.toLowerCase()];
  }

  function compare(a, b) {
    if (a[0] !== b[0]) { return a[0] - b[0]; }
    if (a[0] === 0) { return a[1] - b[1]; }
    return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
  }

  function setUp(tools) {
    var id = tools.getAttribute('data-export');
    var table = document.getElementById(id);
    if (!table || !table.tBodies.length) { return; }
    var body = table.tBodies[0];
    var input = tools.querySelector('.table-filter');
    var link = tools.querySelector('.table-export');
    var count = tools.querySelector('.table-count');
    var base = link ? link.getAttribute('href') : null;
    var state = {filter: '', column: -1, desc: false};

    function refreshLink() {
      if (!link) { return; }
      var href = base;
      if (state.filter) { href += '&xlsx-filter=' + encodeURIComponent(state.filter); }
      if (state.column >= 0) { href += '&xlsx-sort=' + state.column + ':' + (state.desc ? 'desc' : 'asc'); }
      link.setAttribute('href', href);
    }

    function applyFilter() {
      var words = state.filter.toLowerCase().split(/\s+/).filter(function (w) { return w; });
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var line = Array.prototype.map.call(row.cells, text).join(' ').toLowerCase();
        var keep = words.every(function (w) { return line.indexOf(w) >= 0; });
        row.hidden = !keep;
        if (keep) { shown++; }
      });
      if (count) { count.textContent = words.length ? shown + ' / ' + body.rows.length : ''; }
      refreshLink();
    }

    if (input) {
      input.addEventListener('input', function () { state.filter = input.value.trim(); applyFilter(); });
    }
    // A table whose headings already sort on the server (class "sortable") keeps its own links.
    if (!table.classList.contains('sortable') && table.tHead && table.tHead.rows.length) {
      var heads = table.tHead.rows[table.tHead.rows.length - 1].cells;
      Array.prototype.forEach.call(heads, function (th, column) {
        th.classList.add('sort-by');
        th.setAttribute('tabindex', '0');
        th.setAttribute('aria-sort', 'none');
        function sort() {
          state.desc = state.column === column ? !state.desc : false;
          state.column = column;
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var c = compare(key(text(a.cells[column])), key(text(b.cells[column])));
            return state.desc ? -c : c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
          Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
          th.setAttribute('aria-sort', state.desc ? 'descending' : 'ascending');
          refreshLink();
        }
        th.addEventListener('click', sort);
        th.addEventListener('keydown', function (e) {
          if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
        });
      });
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('.table-tools[data-export]'), setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
