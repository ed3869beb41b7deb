// crosscheck HTML report: filters, sorting, search and the claims-by-sources grid.
// Everything here only enhances plain HTML. Text from the report is only ever set with
// textContent or copied as existing DOM nodes, never parsed as markup.
(function () {
  "use strict";
  // Row and column sizes: multiples of the 24 px grid lines drawn by the stylesheet.
  var RH = 24, CW = 24, HEAD = 168, OVERSCAN = 4;
  var LEFT = window.innerWidth >= 1000 ? 480 : 240;
  var STATUS_RANK = { contradicted: 0, disputed: 1, unsupported: 2, supported: 3 };
  var STATUS_MARK = { contradicted: "\u2718", disputed: "!", unsupported: "?", supported: "\u2714" };
  // Cell codes from the reporter: 0 conflicts, 1 supports, 2 mentions, 3 accepted conflict.
  var CELL = [["conflicts", "\u2718", "conflicts"], ["supports", "\u2714", "supports"],
              ["mentions", "\u00b7", "mentions"], ["accepted", "\u2718", "conflicts (accepted)"]];
  var CELL_RANK = [0, 2, 3, 1];

  var data = JSON.parse(document.getElementById("grid-data").textContent);
  var claims = data.claims, sources = data.sources, cells = data.cells;
  var n = claims.length;
  var cards = new Array(n);
  document.querySelectorAll("article.card").forEach(function (el) { cards[+el.dataset.row] = el; });
  var cardList = document.getElementById("evidence");

  var state = { query: "", statuses: {}, sortKey: "verdict", sortSource: -1 };
  Object.keys(STATUS_RANK).forEach(function (s) { state.statuses[s] = true; });
  var haystacks = null;
  var visible = [];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function haystack(row) {
    if (haystacks === null) { haystacks = new Array(n); }
    if (haystacks[row] === undefined) { haystacks[row] = cards[row].textContent.toLowerCase(); }
    return haystacks[row];
  }

  function cellCode(row, source) {
    var list = cells[row];
    for (var i = 0; i < list.length; i++) { if (list[i][0] === source) { return list[i][1]; } }
    return -1;
  }

  // Each order has its natural direction: worst, most or first before the rest.
  function sortValue(row) {
    var c = claims[row];
    switch (state.sortKey) {
      case "id": return c[0];
      case "supporting": return -c[2];
      case "conflicting": return -c[3];
      case "source": {
        var code = cellCode(row, state.sortSource);
        return code < 0 ? 4 : CELL_RANK[code];
      }
      default: return STATUS_RANK[c[1]];
    }
  }

  function ordered(rows) {
    var keyed = rows.map(function (row) { return [sortValue(row), row]; });
    keyed.sort(function (a, b) {
      if (a[0] < b[0]) { return -1; }
      if (a[0] > b[0]) { return 1; }
      return a[1] - b[1];
    });
    return keyed.map(function (pair) { return pair[1]; });
  }

  function filter() {
    var query = state.query;
    var rows = [];
    for (var row = 0; row < n; row++) {
      var keep = state.statuses[claims[row][1]] && (!query || haystack(row).indexOf(query) >= 0);
      if (keep) { rows.push(row); }
      if (cards[row].hidden === keep) { cards[row].hidden = !keep; }
    }
    visible = ordered(rows);
    document.getElementById("shown").textContent =
      "Showing " + visible.length + " of " + n + " claims";
    grid.refresh();
  }

  // The cards follow the chosen order too (the report's own order is worst first).
  function sortBy(key, source) {
    state.sortKey = key;
    state.sortSource = source === undefined ? -1 : source;
    var select = document.getElementById("sort"), option = select.querySelector("[value=source]");
    if (key === "source") {
      if (!option) {
        option = el("option");
        option.value = "source";
        select.appendChild(option);
      }
      option.textContent = "what S" + (source + 1) + " says, conflicts first";
    }
    select.value = key;
    var fragment = document.createDocumentFragment();
    ordered(Array.from({ length: n }, function (_, i) { return i; })).forEach(function (row) {
      fragment.appendChild(cards[row]);
    });
    cardList.appendChild(fragment);
    filter();
  }

  // --- The grid: only the rows, columns and cells in view are ever in the DOM. ---
  var grid = (function () {
    var root = document.getElementById("grid");
    var top = el("div", "g-top"), corner = el("div", "g-corner"), colsLayer = el("div");
    var body = el("div", "g-body"), rowsLayer = el("div", "g-rows"), cellsLayer = el("div");
    var columns = [], position = new Int32Array(sources.length), pinned = null, queued = false;
    var tip = document.getElementById("tip");
    colsLayer.style.position = "absolute";
    colsLayer.style.top = "0";
    cellsLayer.style.position = "absolute";
    cellsLayer.style.top = "0";
    [["verdict", "verdict"], ["id", "claim"]].forEach(function (pair) {
      var button = el("button", "", pair[1]);
      button.type = "button";
      button.title = "Sort the claims by " + pair[1];
      button.addEventListener("click", function () { sortBy(pair[0]); });
      corner.appendChild(button);
    });
    corner.style.width = LEFT + "px";
    top.style.height = HEAD + "px";
    rowsLayer.style.width = LEFT + "px";
    top.append(corner, colsLayer);
    body.append(rowsLayer, cellsLayer);
    root.append(top, body);

    function chooseColumns() {
      var mode = document.getElementById("grid-columns").value;
      var order = document.getElementById("grid-order").value;
      var conflicts = new Int32Array(sources.length), any = new Int32Array(sources.length);
      var cited = new Int32Array(sources.length).fill(n);
      visible.forEach(function (row, i) {
        cells[row].forEach(function (cell) {
          any[cell[0]] += 1;
          if (cell[1] === 0) { conflicts[cell[0]] += 1; }
          if (cited[cell[0]] === n) { cited[cell[0]] = i; }
        });
      });
      columns = [];
      for (var s = 0; s < sources.length; s++) {
        if (mode === "all" || any[s] > 0) { columns.push(s); }
      }
      if (order === "auto") {
        order = LEFT + columns.length * CW <= root.clientWidth ? "path" : "cited";
      }
      if (order === "cited") {
        // Each claim's sources beside the ones before it: a sparse grid becomes a band.
        columns.sort(function (a, b) { return cited[a] - cited[b] || a - b; });
      } else if (order === "conflicts") {
        columns.sort(function (a, b) { return conflicts[b] - conflicts[a] || any[b] - any[a] || a - b; });
      } else if (order === "evidence") {
        columns.sort(function (a, b) { return any[b] - any[a] || a - b; });
      }
      position.fill(-1);
      columns.forEach(function (s, i) { position[s] = i; });
    }

    function refresh() {
      chooseColumns();
      var width = LEFT + columns.length * CW, height = visible.length * RH;
      top.style.width = width + "px";
      body.style.width = width + "px";
      body.style.height = height + "px";
      rowsLayer.style.height = height + "px";
      root.style.height = Math.min(HEAD + height + 18, Math.max(240, window.innerHeight * 0.75)) + "px";
      root.style.maxWidth = width + 18 + "px";
      hideTip(true);
      draw();
    }

    function schedule() {
      if (!queued) {
        queued = true;
        window.requestAnimationFrame(function () { queued = false; draw(); });
      }
    }

    function draw() {
      var r0 = Math.max(0, Math.floor(root.scrollTop / RH) - OVERSCAN);
      var r1 = Math.min(visible.length, Math.ceil((root.scrollTop + root.clientHeight - HEAD) / RH) + OVERSCAN);
      var c0 = Math.max(0, Math.floor(root.scrollLeft / CW) - OVERSCAN);
      var c1 = Math.min(columns.length, Math.ceil((root.scrollLeft + root.clientWidth - LEFT) / CW) + OVERSCAN);
      // Redrawing replaces the elements in view: keyboard focus moves to the new one.
      var focused = root.contains(document.activeElement) ? document.activeElement.dataset.key : null;
      var heads = document.createDocumentFragment(), rowHeads = document.createDocumentFragment();
      var marks = document.createDocumentFragment();
      for (var c = c0; c < c1; c++) { heads.appendChild(columnHead(columns[c], c)); }
      for (var i = r0; i < r1; i++) {
        var row = visible[i];
        rowHeads.appendChild(rowHead(row, i));
        cells[row].forEach(function (cell) {
          var p = position[cell[0]];
          if (p >= c0 && p < c1) { marks.appendChild(cellButton(row, cell, i, p)); }
        });
      }
      colsLayer.replaceChildren(heads);
      rowsLayer.replaceChildren(rowHeads);
      cellsLayer.replaceChildren(marks);
      var again = focused ? root.querySelector('[data-key="' + focused + '"]') : null;
      if (again) { again.focus({ preventScroll: true }); }
    }

    function columnHead(source, c) {
      var name = sources[source].slice(sources[source].lastIndexOf("/") + 1);
      var button = el("button", "g-col", "S" + (source + 1) + " " + name);
      button.type = "button";
      button.dataset.key = "h" + source;
      button.style.left = LEFT + c * CW + "px";
      button.style.width = CW + "px";
      button.style.height = HEAD + "px";
      button.title = sources[source] + " (click to sort the claims by this source)";
      if (state.sortKey === "source" && state.sortSource === source) { button.classList.add("sorted"); }
      button.addEventListener("click", function () { sortBy("source", source); });
      return button;
    }

    function rowHead(row, i) {
      var c = claims[row];
      var link = el("a", "g-row st-" + c[1]);
      link.href = "#claim-" + c[0];
      link.dataset.key = "r" + row;
      link.style.top = i * RH + "px";
      link.style.height = RH + "px";
      link.title = c[1] + ": " + c[5];
      var mark = el("span", "mark", STATUS_MARK[c[1]]);
      mark.setAttribute("aria-hidden", "true");
      link.append(mark, el("code", "", c[0]), el("span", "sr", " " + c[1] + ": "),
                  el("span", "g-text", c[5]));
      return link;
    }

    function cellButton(row, cell, i, p) {
      var kind = CELL[cell[1]];
      var button = el("button", "g-cell rel-" + kind[0], kind[1]);
      button.type = "button";
      button.style.left = LEFT + p * CW + "px";
      button.style.top = i * RH + "px";
      button.style.width = CW + "px";
      button.style.height = RH + "px";
      button.dataset.row = row;
      button.dataset.source = cell[0];
      button.dataset.key = "c" + row + "-" + cell[0];
      button.setAttribute("aria-label", claims[row][0] + ", S" + (cell[0] + 1) + " " +
        sources[cell[0]] + ": " + kind[2]);
      if (pinned && pinned.row === row && pinned.source === cell[0]) { button.classList.add("pinned"); }
      return button;
    }

    function findCell(row, source) {
      var list = cells[row];
      for (var i = 0; i < list.length; i++) { if (list[i][0] === source) { return list[i]; } }
      return null;
    }

    function showTip(button, pin) {
      var row = +button.dataset.row, source = +button.dataset.source, cell = findCell(row, source);
      if (!cell) { return; }
      var anchor = "claim-" + claims[row][0];
      tip.replaceChildren();
      if (pin) {
        var close = el("button", "close", "\u2715");
        close.type = "button";
        close.setAttribute("aria-label", "Close");
        close.addEventListener("click", function () { hideTip(true); });
        tip.appendChild(close);
      }
      var title = el("h4");
      var claimLink = el("a", "", claims[row][0]);
      claimLink.href = "#" + anchor;
      title.append(claimLink, " \u00d7 S" + (source + 1) + " " + sources[source]);
      var list = el("ol", "evidence");
      cell.slice(2).forEach(function (number) {
        var item = document.getElementById(anchor + "-e" + number);
        if (!item) { return; }
        var copy = item.cloneNode(true);
        copy.removeAttribute("id");
        var go = el("a", "", "show in the evidence list");
        go.href = "#" + anchor + "-e" + number;
        var p = el("p");
        p.appendChild(go);
        copy.appendChild(p);
        list.appendChild(copy);
      });
      tip.append(title, list);
      tip.hidden = false;
      // Beside the cell (right, else left), level with it as far as the window allows.
      var rect = button.getBoundingClientRect(), box = tip.getBoundingClientRect();
      var left = rect.right + 8 + box.width <= window.innerWidth ? rect.right + 8 : rect.left - box.width - 8;
      var y = Math.min(rect.top - 8, window.innerHeight - box.height - 8);
      tip.style.left = Math.max(8, left) + "px";
      tip.style.top = Math.max(8, y) + "px";
      if (pin) {
        pinned = { row: row, source: source };
        cellsLayer.querySelectorAll(".pinned").forEach(function (b) { b.classList.remove("pinned"); });
        button.classList.add("pinned");
      }
    }

    function hideTip(force) {
      if (pinned && !force) { return; }
      pinned = null;
      tip.hidden = true;
      cellsLayer.querySelectorAll(".pinned").forEach(function (b) { b.classList.remove("pinned"); });
    }

    cellsLayer.addEventListener("mouseover", function (event) {
      var button = event.target.closest(".g-cell");
      if (button && !pinned) { showTip(button, false); }
    });
    cellsLayer.addEventListener("mouseout", function (event) {
      if (event.target.closest(".g-cell")) { hideTip(false); }
    });
    cellsLayer.addEventListener("focusin", function (event) {
      var button = event.target.closest(".g-cell");
      if (button && !pinned) { showTip(button, false); }
    });
    cellsLayer.addEventListener("click", function (event) {
      var button = event.target.closest(".g-cell");
      if (!button) { return; }
      var same = pinned && pinned.row === +button.dataset.row && pinned.source === +button.dataset.source;
      if (same) { hideTip(true); } else { showTip(button, true); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !tip.hidden) { hideTip(true); }
    });
    root.addEventListener("scroll", function () { hideTip(false); schedule(); }, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("scroll", function () { hideTip(true); }, { passive: true });
    document.getElementById("grid-columns").addEventListener("change", refresh);
    document.getElementById("grid-order").addEventListener("change", refresh);
    return { refresh: refresh };
  })();

  // --- Controls ---
  function revealTarget() {
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) { return; }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
      if (node.hidden) { node.hidden = false; }
    }
    target.scrollIntoView();
  }

  document.getElementById("sort").addEventListener("change", function (event) {
    if (event.target.value !== "source") { sortBy(event.target.value); }
  });
  var search = document.getElementById("q"), timer = 0;
  search.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      state.query = search.value.trim().toLowerCase();
      filter();
    }, 120);
  });
  document.querySelectorAll("#controls input[name=status]").forEach(function (box) {
    box.addEventListener("change", function () { state.statuses[box.value] = box.checked; filter(); });
  });
  document.getElementById("controls").addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("hashchange", revealTarget);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  document.getElementById("controls").hidden = false;
  document.getElementById("grid-tools").hidden = false;
  filter();
  revealTarget();
  if (window.performance && performance.mark) { performance.mark("crosscheck:ready"); }
})();
