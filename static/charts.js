/* Draw every chart on the page from its JSON spec. The specs travel in
   <script type="application/json"> elements, so pages carry no inline script. */
(function () {
  "use strict";

  function draw(box) {
    var specNode = document.getElementById(box.getAttribute("data-chart-spec"));
    if (!specNode || typeof Plotly === "undefined") {
      box.textContent = "This chart could not be drawn.";
      return;
    }
    var spec = JSON.parse(specNode.textContent);
    var layout = spec.layout || {};
    layout.autosize = true;
    if (window.innerWidth < 600) {
      // Phones: short row labels (the full text is in the hover), slanted column labels.
      var narrowed = false;
      spec.data.forEach(function (trace) {
        if (trace.meta && trace.meta.narrow_y) { trace.y = trace.meta.narrow_y; narrowed = true; }
        if (trace.meta && trace.meta.narrow_x) { trace.x = trace.meta.narrow_x; }
      });
      layout.margin = Object.assign({}, layout.margin || {}, narrowed ? { l: 40, r: 8 } : { r: 8 });
      if (layout.xaxis) { layout.xaxis.tickangle = -45; }
      if (layout.legend) { layout.legend.font = { size: 11 }; }
    }
    Plotly.newPlot(box, spec.data, layout, spec.config || { responsive: true }).then(function () {
      box.setAttribute("data-drawn", "true");
    });
  }

  function drawAll() {
    var boxes = document.querySelectorAll("[data-chart-spec]");
    for (var i = 0; i < boxes.length; i++) { draw(boxes[i]); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
