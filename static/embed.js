// The host page's half of an embed, pasted with the iframe: it sets each frame's height from the
// messages the frame posts (AMP's `embed-size`, static/loader.js), so a chart is never cut off or
// scrolled inside its box. It listens only to frames of its own origin, matches a message to its
// frame by the frame's window, and does nothing twice when the snippet is pasted more than once.
(function () {
  "use strict";
  var origin = new URL(document.currentScript.src).origin;
  var flag = "__embedHeights:" + origin;
  if (window[flag]) return;
  window[flag] = true;
  addEventListener("message", function (e) {
    var m = e.data;
    if (e.origin !== origin || !m || m.sentinel !== "amp" || m.type !== "embed-size") return;
    var h = Number(m.height);
    if (!(h > 0)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + "px";
    }
  });
})();
