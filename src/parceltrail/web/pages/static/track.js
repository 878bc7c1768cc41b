// The tracking page: after a posted search of several numbers, the address bar shows the
// link to the same results, so it can be bookmarked or shared as it is.
(function () {
  "use strict";
  var share = document.querySelector("[data-share]");
  if (share && window.history && history.replaceState) {
    history.replaceState(null, "", share.getAttribute("data-share"));
  }
})();
